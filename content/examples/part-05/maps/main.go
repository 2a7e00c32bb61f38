// Command maps shows the everyday map operations, the comma-ok idiom, what a
// nil map allows, and how to print a map in a stable order.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	stock := map[string]int{"apple": 5, "pear": 0}

	// A missing key reads as the zero value, so 0 is ambiguous...
	fmt.Println("pear:", stock["pear"], "plum:", stock["plum"])
	// ...and the comma-ok form tells "present with 0" from "absent".
	_, ok := stock["pear"]
	fmt.Println("pear present:", ok)
	_, ok = stock["plum"]
	fmt.Println("plum present:", ok)

	stock["plum"] += 3 // a missing key starts from 0
	delete(stock, "pear")
	delete(stock, "kiwi") // deleting a missing key is a no-op
	fmt.Println("len after += and delete:", len(stock))

	// Iteration order is unspecified and deliberately varies, so sort the
	// keys when order matters (output, tests, hashing).
	for _, k := range slices.Sorted(maps.Keys(stock)) {
		fmt.Printf("  %s=%d\n", k, stock[k])
	}
	// fmt sorts map keys itself when printing a whole map.
	fmt.Println("fmt prints sorted:", stock)

	// A nil map reads like an empty one, but writing to it panics.
	var prices map[string]float64
	fmt.Println("nil map read:", prices["apple"], len(prices))
	fmt.Println("nil map write:", write(prices))

	// A map with struct{} values is a set.
	seen := map[string]struct{}{}
	for _, w := range []string{"go", "is", "go"} {
		seen[w] = struct{}{}
	}
	fmt.Println("distinct words:", len(seen))

	// clear removes every entry, keeping the map usable.
	clear(stock)
	fmt.Println("after clear:", stock, len(stock))
}

// write tries to store into m and reports the panic if there is one.
func write(m map[string]float64) (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("panic: ", r)
		}
	}()
	m["apple"] = 1.5
	return "ok"
}
