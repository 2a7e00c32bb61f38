package bank_test

import (
	"errors"
	"testing"

	"example.com/bank"
)

func TestWithdraw(t *testing.T) {
	var a bank.Account
	a.Deposit(500)
	if err := a.Withdraw(200); err != nil {
		t.Fatalf("Withdraw(200): %v", err)
	}
	if got, want := a.Balance(), 300; got != want {
		t.Errorf("Balance() = %d, want %d", got, want)
	}
}

func TestOverdraw(t *testing.T) {
	var a bank.Account
	err := a.Withdraw(1)
	if !errors.Is(err, bank.ErrInsufficient) {
		t.Errorf("Withdraw(1) = %v, want ErrInsufficient", err)
	}
}
