package parse

import "testing"

func TestPairOK(t *testing.T) {
	k, v := Pair("a=1")
	if k != "a" || v != "1" {
		t.Errorf("Pair(a=1) = %q, %q", k, v)
	}
}

func TestPairMissing(t *testing.T) {
	k, v := Pair("novalue")
	t.Log(k, v)
}

func TestAfterPanic(t *testing.T) {
	// Never runs: the panic ends the test binary.
}
