// Command stale-pointers shows two ways a pointer ends up pointing at
// something other than what you meant: a slice that grew, and a range
// variable that was only ever a copy.
package main

import "fmt"

type item struct {
	SKU string
	Qty int
}

func main() {
	// A pointer to a slice element points into the current backing array.
	items := make([]item, 1, 1) // full: the next append must reallocate
	items[0] = item{SKU: "A-1", Qty: 1}
	first := &items[0]
	items = append(items, item{SKU: "B-2", Qty: 1}) // copies into a new array
	first.Qty = 99                                  // writes to the old array
	fmt.Println("after append, items[0].Qty =", items[0].Qty, "| first.Qty =", first.Qty)

	// Taking the address of the range variable gives a pointer to a copy.
	// Since Go 1.22 each iteration has its own variable, so the pointers
	// differ, but none of them points into the slice.
	var ptrs []*item
	for _, it := range items {
		ptrs = append(ptrs, &it)
	}
	for _, p := range ptrs {
		p.Qty = 0
	}
	fmt.Println("after zeroing through range-variable pointers:", items)

	// Index the slice to get pointers to its elements.
	ptrs = ptrs[:0]
	for i := range items {
		ptrs = append(ptrs, &items[i])
	}
	for _, p := range ptrs {
		p.Qty = 0
	}
	fmt.Println("after zeroing through &items[i]:", items)
}
