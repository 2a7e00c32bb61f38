// Package bank models an account.
package bank

import "errors"

// ErrInsufficient is returned when a withdrawal exceeds the balance.
var ErrInsufficient = errors.New("insufficient funds")

// Account holds a balance in cents.
type Account struct{ balance int }

// Deposit adds cents.
func (a *Account) Deposit(c int) { a.balance += c }

// Withdraw removes cents or fails with ErrInsufficient.
func (a *Account) Withdraw(c int) error {
	if c > a.balance {
		return ErrInsufficient
	}
	a.balance -= c
	return nil
}

// Balance reports the balance.
func (a *Account) Balance() int { return a.balance }

func (a *Account) audit() string { return "internal" }
