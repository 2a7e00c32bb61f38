// Package shop keeps the counters, accounts and stock of a small online
// shop.
//
// Every function and method here compiles, and every one of them loses
// writes: it changes a copy and the caller never sees the change. Find each
// lost write and fix it. Keep every function signature as it is; receivers
// may change.
package shop

import (
	"errors"
	"slices"
)

// Counter counts events. The zero value is a counter at zero.
type Counter struct {
	n int
}

// Inc adds one to the counter.
func (c Counter) Inc() { c.n++ }

// Value returns the current count.
func (c Counter) Value() int { return c.n }

// IncAll increments every counter in counters once.
func IncAll(counters []Counter) {
	for _, c := range counters {
		c.Inc()
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
func (a Account) Deposit(cents int64) { a.balance += cents }

// Withdraw takes cents from the balance, or returns ErrInsufficientFunds and
// leaves the balance alone if there is not enough money.
func (a Account) Withdraw(cents int64) error {
	if cents > a.balance {
		return ErrInsufficientFunds
	}
	a.balance -= cents
	return nil
}

// Balance returns the balance in cents.
func (a Account) Balance() int64 { return a.balance }

// Credit deposits cents into the account of owner and reports whether
// accounts has such an account. It never adds an account.
func Credit(accounts map[string]Account, owner string, cents int64) bool {
	a, ok := accounts[owner]
	if !ok {
		return false
	}
	a.Deposit(cents)
	return true
}

// ChargeFees withdraws fee from every account that can afford it, leaves the
// others alone, and returns how many accounts were charged.
func ChargeFees(accounts map[string]Account, fee int64) int {
	charged := 0
	for _, a := range accounts {
		if a.Withdraw(fee) == nil {
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
		it.Qty += n
	}
}

// Log collects messages in the order they were added. The zero value is an
// empty log.
type Log struct {
	lines []string
}

// Add appends msg to the log.
func (l Log) Add(msg string) { l.lines = append(l.lines, msg) }

// Lines returns a copy of the messages, oldest first.
func (l Log) Lines() []string { return slices.Clone(l.lines) }
