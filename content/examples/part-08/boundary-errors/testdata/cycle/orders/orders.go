// Package orders is deliberately broken: it imports invoices, which
// imports orders back.
package orders

import "gomastery/examples/part-08/boundary-errors/testdata/cycle/invoices"

// Order is a customer order.
type Order struct{ ID string }

// Bill creates the invoice for o.
func Bill(o Order) invoices.Invoice { return invoices.For(o) }
