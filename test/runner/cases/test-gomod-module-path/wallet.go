// Package wallet holds coins.
package wallet

// Wallet counts coins.
type Wallet struct{ coins int }

// Add puts n coins in.
func (w *Wallet) Add(n int) { w.coins += n }

// Coins reports the total.
func (w *Wallet) Coins() int { return w.coins }
