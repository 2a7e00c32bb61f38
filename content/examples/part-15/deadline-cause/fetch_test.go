package fetch

import (
	"context"
	"errors"
	"testing"
	"testing/synctest"
	"time"
)

var errSlow = errors.New("backend slower than 250ms")

func never() bool { return false }

func TestDeadline(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithTimeout(t.Context(), 250*time.Millisecond)
		defer cancel()
		start := time.Now()
		err := Poll(ctx, 100*time.Millisecond, never)
		t.Logf("after %v: %v", time.Since(start), err)
		is := errors.Is(err, context.DeadlineExceeded)
		t.Log("is DeadlineExceeded:", is)
	})
}

func TestDeadlineWithCause(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithTimeoutCause(t.Context(),
			250*time.Millisecond, errSlow)
		defer cancel()
		err := Poll(ctx, 100*time.Millisecond, never)
		t.Logf("ctx.Err(): %v", ctx.Err())
		t.Logf("Poll:      %v", err)
	})
}

func TestCancelBeforeDeadline(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithTimeout(t.Context(), time.Hour)
		go func() {
			time.Sleep(30 * time.Millisecond)
			cancel()
		}()
		start := time.Now()
		err := Poll(ctx, 100*time.Millisecond, never)
		t.Logf("after %v: %v", time.Since(start), err)
	})
}

func TestTestContext(t *testing.T) {
	ctx := t.Context()
	t.Cleanup(func() { t.Log("in Cleanup, ctx.Err() =", ctx.Err()) })
	t.Log("during the test, ctx.Err() =", ctx.Err())
}
