package leak

import (
	"context"
	"runtime"
	"strings"
	"testing"
	"testing/synctest"
)

// live counts the goroutines that fn started and that are still alive. It
// reads their stacks: runtime.NumGoroutine counts the whole process, which
// can include a goroutine that is still finishing its exit.
func live(fn string) int {
	buf := make([]byte, 1<<20)
	stacks := string(buf[:runtime.Stack(buf, true)])
	return strings.Count(stacks, "goroutine-leak."+fn+" in goroutine")
}

// TestLosersExit gives each shape one fast fetch and three slow ones. In a
// synctest bubble, Wait returns only when every other goroutine has exited
// or is blocked for good, so the counts are exact, not a guess after a sleep.
func TestLosersExit(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		slow := make(chan struct{}) // the slow work stays blocked until closed
		blind := func() string { <-slow; return "replica" }
		watching := func(ctx context.Context) string {
			select {
			case <-slow:
				return "replica"
			case <-ctx.Done():
				return ""
			}
		}
		a := FirstSelectAroundCall(t.Context(), []func() string{func() string { return "primary" }, blind, blind, blind})
		b, _ := First(t.Context(), []func(context.Context) string{func(context.Context) string { return "primary" }, watching, watching, watching})
		synctest.Wait()
		around, first := live("FirstSelectAroundCall"), live("First")
		t.Logf("answers %q and %q; slow work blocked: %d and %d goroutines left", a, b, around, first)
		close(slow)
		synctest.Wait()
		t.Logf("slow work finished: %d and %d left", live("FirstSelectAroundCall"), live("First"))
		if first != 0 {
			t.Errorf("First left %d goroutines behind, want 0", first)
		}
	})
}
