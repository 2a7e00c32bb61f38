package wallet_test

import (
	"testing"

	"github.com/learner/wallet"
)

func TestAdd(t *testing.T) {
	var w wallet.Wallet
	w.Add(2)
	w.Add(3)
	if got := w.Coins(); got != 5 {
		t.Errorf("Coins() = %d, want 5", got)
	}
}
