package main

import (
	"fmt"
	"slices"
	"strings"
)

// Inventory counts items by name.
type Inventory struct{ items map[string]Item }

// NewInventory returns an empty inventory.
func NewInventory() *Inventory { return &Inventory{items: map[string]Item{}} }

// Add merges quantities of items with the same name.
func (inv *Inventory) Add(it Item) {
	cur := inv.items[it.Name]
	cur.Name, cur.Price = it.Name, it.Price
	cur.Qty += it.Qty
	inv.items[it.Name] = cur
}

// Report lists items sorted by name.
func (inv *Inventory) Report() string {
	var sb strings.Builder
	names := make([]string, 0, len(inv.items))
	for n := range inv.items {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		fmt.Fprintf(&sb, "%-5s x%3d\n", n, inv.items[n].Qty)
	}
	return sb.String()
}

// Value sums qty*price.
func (inv *Inventory) Value() float64 {
	total := 0.0
	for _, it := range inv.items {
		total += float64(it.Qty) * it.Price
	}
	return total
}
