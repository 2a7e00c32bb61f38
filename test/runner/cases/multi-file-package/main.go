package main

import "fmt"

func main() {
	inv := NewInventory()
	inv.Add(Item{Name: "bolt", Qty: 30, Price: 0.25})
	inv.Add(Item{Name: "nut", Qty: 12, Price: 0.1})
	inv.Add(Item{Name: "bolt", Qty: 5, Price: 0.25})
	fmt.Print(inv.Report())
	fmt.Printf("total value: %.2f\n", inv.Value())
	fmt.Println("version", version)
}
