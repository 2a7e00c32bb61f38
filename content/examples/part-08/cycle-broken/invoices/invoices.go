// Package invoices numbers and records invoices. It imports orders for
// the Order type; orders never imports invoices, so there is no cycle.
package invoices

import (
	"fmt"

	"gomastery/examples/part-08/cycle-broken/orders"
)

// Ledger records invoices in memory and numbers them in sequence.
type Ledger struct {
	next  int
	total int
}

// Invoice records an invoice for o. Ledger satisfies orders.Invoicer
// without mentioning it: Go interfaces are satisfied implicitly.
func (l *Ledger) Invoice(o orders.Order) (string, error) {
	l.next++
	l.total += o.Cents
	return fmt.Sprintf("INV-%04d", l.next), nil
}

// TotalCents reports the sum of all invoiced amounts.
func (l *Ledger) TotalCents() int { return l.total }
