package cleanup

import (
	"fmt"
	"slices"
	"testing"
)

var events []string

func open(t *testing.T, name string) *Resource {
	t.Helper()
	r := Open(name, &events)
	t.Cleanup(func() {
		r.Close()
		t.Logf("cleaned up %s", name)
	})
	return r
}

func TestUsesResources(t *testing.T) {
	open(t, "db")
	open(t, "cache")
	t.Run("sub", func(t *testing.T) {
		open(t, "tmp")
	})
	fmt.Println("stdout from a test")
	t.Log("body done")
}

func TestCleanupOrder(t *testing.T) {
	want := []string{"open db", "open cache", "open tmp", "close tmp", "close cache", "close db"}
	if !slices.Equal(events, want) {
		t.Errorf("events = %q, want %q", events, want)
	}
	dir := t.TempDir()
	if dir == "" {
		t.Error("TempDir returned empty")
	}
}
