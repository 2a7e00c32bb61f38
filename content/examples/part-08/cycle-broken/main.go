// Command cycle-broken wires two packages whose dependency once ran both
// ways. Now invoices imports orders, orders imports neither, and main, the
// only package that knows both, connects them.
package main

import (
	"errors"
	"fmt"

	"gomastery/examples/part-08/cycle-broken/invoices"
	"gomastery/examples/part-08/cycle-broken/orders"
)

// A compile-time check that the adapter still fits the port.
var _ orders.Invoicer = (*invoices.Ledger)(nil)

// failing is a stand-in Invoicer, the kind of fake a test would use.
type failing struct{}

func (failing) Invoice(orders.Order) (string, error) {
	return "", errors.New("ledger unavailable")
}

func main() {
	ledger := &invoices.Ledger{}
	svc := orders.NewService(ledger)
	for _, o := range []orders.Order{{ID: "A-1", Cents: 1250}, {ID: "A-2", Cents: 0}, {ID: "A-3", Cents: 990}} {
		number, err := svc.Place(o)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(o.ID, "->", number)
	}
	fmt.Println("invoiced cents:", ledger.TotalCents())

	_, err := orders.NewService(failing{}).Place(orders.Order{ID: "B-1", Cents: 500})
	fmt.Println("error:", err)
}
