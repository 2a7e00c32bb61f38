// Package shop keeps the counters, accounts and stock of a small online
// shop.
//
// Every mutating method has a pointer receiver, and every function that
// changes elements of a slice or a map writes to the element itself, not to
// a copy of it.
package shop

import (
	"errors"
	"slices"
)

// Counter counts events. The zero value is a counter at zero.
type Counter struct {
	n int
}

// Inc adds one to the counter. It needs a pointer receiver to change the
// caller's Counter rather than a copy.
func (c *Counter) Inc() { c.n++ }

// Value returns the current count. It has a pointer receiver too, so that
// the method set of Counter is consistent.
func (c *Counter) Value() int { return c.n }

// IncAll increments every counter in counters once. Indexing the slice
// makes counters[i] addressable, so Inc changes the element itself.
func IncAll(counters []Counter) {
	for i := range counters {
		counters[i].Inc()
	}
}

// ErrInsufficientFunds is returned by Withdraw when the balance is too low.
var ErrInsufficientFunds = errors.New("shop: insufficient funds")

// Account is a customer's account. The zero value is an empty account.
type Account struct {
	Owner   string
	balance int64 // in cents
}

// Deposit adds cents to the balance.
func (a *Account) Deposit(cents int64) { a.balance += cents }

// Withdraw takes cents from the balance, or returns ErrInsufficientFunds and
// leaves the balance alone if there is not enough money.
func (a *Account) Withdraw(cents int64) error {
	if cents > a.balance {
		return ErrInsufficientFunds
	}
	a.balance -= cents
	return nil
}

// Balance returns the balance in cents.
func (a *Account) Balance() int64 { return a.balance }

// Credit deposits cents into the account of owner and reports whether
// accounts has such an account. It never adds an account.
//
// A map element is not addressable, so the account is copied out, changed,
// and stored back.
func Credit(accounts map[string]Account, owner string, cents int64) bool {
	a, ok := accounts[owner]
	if !ok {
		return false
	}
	a.Deposit(cents)
	accounts[owner] = a
	return true
}

// ChargeFees withdraws fee from every account that can afford it, leaves the
// others alone, and returns how many accounts were charged.
//
// Storing to an existing key while ranging over a map is allowed.
func ChargeFees(accounts map[string]Account, fee int64) int {
	charged := 0
	for owner, a := range accounts {
		if a.Withdraw(fee) == nil {
			accounts[owner] = a
			charged++
		}
	}
	return charged
}

// Item is one line of the stock list.
type Item struct {
	SKU string
	Qty int
}

// Restock adds n to the quantity of every item.
func Restock(items []Item, n int) {
	for _, it := range items {
		p := &it
		p.Qty += n
	}
}

// Log collects messages in the order they were added. The zero value is an
// empty log.
type Log struct {
	lines []string
}

// Add appends msg to the log. append may return a new slice header (and a
// new backing array), so the receiver must be a pointer to keep it.
func (l *Log) Add(msg string) { l.lines = append(l.lines, msg) }

// Lines returns a copy of the messages, oldest first.
func (l *Log) Lines() []string { return slices.Clone(l.lines) }
