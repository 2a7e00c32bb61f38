package store

import (
	"os"
	"testing"
)

// newStore is a helper: it prepares a store and registers its own
// teardown, so callers cannot forget it.
func newStore(t *testing.T) {
	t.Helper()
	t.Chdir(t.TempDir()) // both undone when the test ends
	if err := os.Mkdir("data", 0o755); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { t.Log("cleanup 1: close the store") })
}

func TestOpen(t *testing.T) {
	before, _ := os.Getwd()
	newStore(t)
	ctx := t.Context()
	t.Cleanup(func() {
		t.Log("cleanup 2: context error is", ctx.Err())
	})
	if err := Open("data"); err != nil {
		t.Fatalf("Open(data) = %v, want nil", err)
	}
	t.Log("test body done; context error is", ctx.Err())
	t.Cleanup(func() {
		now, _ := os.Getwd()
		t.Log("cleanup 3: still in the temp dir:", now != before)
	})
}

func TestAfterward(t *testing.T) {
	// TestOpen's t.Chdir was undone when it finished.
	err := Open("data")
	t.Log("Open(data) outside the temp dir fails:", err != nil)
}
