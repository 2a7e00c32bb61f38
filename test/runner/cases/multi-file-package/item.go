package main

const version = "1.0"

// Item is one stock line.
type Item struct {
	Name  string
	Qty   int
	Price float64
}

func init() {
	println("init runs before main")
}
