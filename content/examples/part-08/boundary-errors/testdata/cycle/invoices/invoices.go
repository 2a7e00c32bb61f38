// Package invoices is deliberately broken: see package orders.
package invoices

import "gomastery/examples/part-08/boundary-errors/testdata/cycle/orders"

// Invoice bills one order.
type Invoice struct{ Order orders.Order }

// For returns the invoice for o.
func For(o orders.Order) Invoice { return Invoice{Order: o} }
