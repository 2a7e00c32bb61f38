package fanout

import (
	"context"
	"testing"
)

func TestRun(t *testing.T) {
	got := Run(t.Context(), []int{1, 2, 3}, func(_ context.Context, n int) int { return n * 10 })
	t.Logf("results %v", got)
}

func TestContextEndsBeforeCleanup(t *testing.T) {
	ctx := t.Context()
	t.Cleanup(func() { t.Logf("in Cleanup: %v", ctx.Err()) })
	t.Logf("during the test: %v", ctx.Err())
}

func TestContextPerSubtest(t *testing.T) {
	parent := t.Context()
	var child context.Context
	t.Run("sub", func(t *testing.T) { child = t.Context() })
	t.Logf("parent %v, finished subtest %v", parent.Err(), child.Err())
}
