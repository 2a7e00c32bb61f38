// Each local package below gets a //go:embed pattern wrong in its own way;
// go reports every one at the pattern's position.
package main

import (
	"example.com/main/form"
	"example.com/main/report"
)

func main() {
	report.Print()
	form.Print()
}
