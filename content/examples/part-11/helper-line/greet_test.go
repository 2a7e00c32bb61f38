package greet

import "testing"

// equalNoHelper reports a failure at its own line.
func equalNoHelper(t *testing.T, got, want string) {
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// equal calls t.Helper, so a failure is reported at the caller's line.
func equal(t *testing.T, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestHello(t *testing.T) {
	equalNoHelper(t, Hello("Ada"), "Hello, Ada")
	equalNoHelper(t, Hello("Bob"), "Hello, Bob")
	equal(t, Hello("Ada"), "Hello, Ada")
	equal(t, Hello("Bob"), "Hello, Bob")
}
