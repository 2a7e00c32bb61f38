package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	stock := map[string]int{"apple": 5, "pear": 0}

	// comma-ok tells a stored zero apart from a missing key.
	v, ok := stock["pear"]
	fmt.Println("pear:", v, ok)
	v, ok = stock["kiwi"]
	fmt.Println("kiwi:", v, ok)

	stock["kiwi"]++
	stock["fig"] = 12
	delete(stock, "pear")
	delete(stock, "not-there") // no-op
	fmt.Println(len(stock), stock)

	// Range order is random: sort the keys for stable output.
	keys := slices.Sorted(maps.Keys(stock))
	for _, k := range keys {
		fmt.Printf("%s=%d\n", k, stock[k])
	}

	// The same thing by hand.
	var names []string
	for k := range stock {
		names = append(names, k)
	}
	slices.Sort(names)
	fmt.Println(names)

	// Maps are references: the copy sees writes.
	alias := stock
	alias["apple"] = 99
	fmt.Println(stock["apple"])

	// maps.Clone gives an independent copy.
	clone := maps.Clone(stock)
	clone["apple"] = 1
	fmt.Println(stock["apple"], clone["apple"], maps.Equal(stock, clone))

	// clear empties the map in place.
	clear(alias)
	fmt.Println(len(stock), stock)

	// Nested maps need their inner map created first.
	graph := map[string]map[string]bool{}
	add := func(from, to string) {
		if graph[from] == nil {
			graph[from] = map[string]bool{}
		}
		graph[from][to] = true
	}
	add("a", "b")
	add("a", "c")
	add("b", "c")
	fmt.Println(graph)

	// Struct keys and counting.
	type pair struct{ x, y int }
	seen := map[pair]int{}
	for _, p := range []pair{{1, 2}, {2, 1}, {1, 2}} {
		seen[p]++
	}
	fmt.Println(seen[pair{1, 2}], seen[pair{2, 1}], seen[pair{3, 3}])

	// Reading a nil map is fine.
	var empty map[string]int
	fmt.Println(empty["x"], len(empty))
	for k, v := range maps.All(map[int]int{1: 1}) {
		fmt.Println("all:", k, v)
	}
}
