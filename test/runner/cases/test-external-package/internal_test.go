package bank

import "testing"

// An internal test in the same directory can reach unexported names.
func TestAudit(t *testing.T) {
	var a Account
	if a.audit() != "internal" {
		t.Error("audit")
	}
}
