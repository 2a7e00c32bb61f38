// Command package-api uses package inventory only through its exported
// names, and shows that encoding/json sees exported fields only.
package main

import (
	"encoding/json"
	"errors"
	"fmt"

	"gomastery/examples/part-08/package-api/inventory"
)

func main() {
	var s inventory.Stock // the zero value works: no constructor needed
	fmt.Println(s.Add("mug", 3))
	fmt.Println(s.Add("pen", 0))

	err := s.Remove("mug", 5)
	fmt.Println(err)
	fmt.Println("is ErrInsufficient:", errors.Is(err, inventory.ErrInsufficient))

	// s.units["mug"] = -7 would not compile: units is unexported, so the
	// package alone decides how counts change.

	report, _ := json.Marshal(s.Report())
	fmt.Println("report:", string(report))

	whole, _ := json.Marshal(s)
	fmt.Println("stock: ", string(whole))
}
