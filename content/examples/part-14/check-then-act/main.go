// Command check-then-act locks every access to a balance and still breaks
// its invariant. A pause hook forces the bad interleaving on every run.
package main

import (
	"errors"
	"fmt"
	"sync"
)

var errInsufficient = errors.New("insufficient funds")

// Account keeps one invariant: the balance never goes below zero.
type Account struct {
	mu      sync.Mutex // guards balance
	balance int
}

func (a *Account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

// WithdrawRacy checks in one critical section and acts in another.
func (a *Account) WithdrawRacy(n int, pause func()) error {
	if a.Balance() < n {
		return errInsufficient
	}
	pause() // the lock is free here: anyone can get in
	a.mu.Lock()
	a.balance -= n
	a.mu.Unlock()
	return nil
}

// Withdraw checks and acts in one critical section.
func (a *Account) Withdraw(n int, pause func()) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.balance < n {
		return errInsufficient
	}
	pause() // the lock is held here: nobody can get in
	a.balance -= n
	return nil
}

func main() {
	racy := &Account{balance: 100}
	err1 := racy.WithdrawRacy(80, func() {
		done := make(chan error) // a second goroutine withdraws
		go func() { done <- racy.WithdrawRacy(80, func() {}) }()
		fmt.Println("racy, second withdrawal:", <-done)
	})
	fmt.Println("racy, first withdrawal: ", err1, "| balance:", racy.Balance())

	safe := &Account{balance: 100}
	err1 = safe.Withdraw(80, func() {
		fmt.Println("safe, lock free during the pause?", safe.mu.TryLock())
	})
	err2 := safe.Withdraw(80, func() {})
	fmt.Println("safe, first withdrawal: ", err1, "| second:", err2,
		"| balance:", safe.Balance())
}
