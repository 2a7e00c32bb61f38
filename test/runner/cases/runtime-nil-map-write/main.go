package main

import "fmt"

type Registry struct {
	byName map[string]int
}

func (r *Registry) Add(name string, id int) {
	r.byName[name] = id // byName was never made
}

func main() {
	var r Registry
	fmt.Println("lookup on nil map is fine:", r.byName["x"])
	r.Add("ada", 1)
	fmt.Println("unreachable")
}
