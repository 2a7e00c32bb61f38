package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"
	"testing/synctest"
	"time"
)

// Every test runs inside a synctest bubble: time is fake (a one-second
// sleep returns at once, and durations are exact), synctest.Wait returns
// when every other goroutine is blocked, and a goroutine still blocked when
// the test function returns is reported as a leak.

// inBubble runs f in a new bubble and turns synctest's deadlock panics into
// test failures that show the blocked goroutines.
func inBubble(t *testing.T, f func(t *testing.T)) {
	t.Helper()
	before := goroutineIDs()
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		msg := fmt.Sprint(r)
		switch {
		case strings.Contains(msg, "main bubble goroutine has exited but blocked goroutines remain"):
			t.Errorf("goroutine leak: when the test ended, these goroutines were still blocked, and nothing will ever unblock them:\n%s", blockedSince(before))
		case strings.HasPrefix(msg, "deadlock"):
			t.Errorf("deadlock: the test and every goroutine it started are blocked forever (%s):\n%s", msg, blockedSince(before))
		default:
			panic(r)
		}
	}()
	synctest.Test(t, f)
}

func stacks() []string {
	buf := make([]byte, 1<<20)
	return strings.Split(string(buf[:runtime.Stack(buf, true)]), "\n\n")
}

func goroutineIDs() map[string]bool {
	ids := map[string]bool{}
	for _, g := range stacks() {
		ids[strings.Fields(g)[1]] = true
	}
	return ids
}

// blockedSince returns the stacks of bubbled goroutines that did not exist
// before (leaving out synctest's own), at most three of them.
func blockedSince(before map[string]bool) string {
	var out []string
	for _, g := range stacks() {
		if !before[strings.Fields(g)[1]] && strings.Contains(g, "synctest bubble") && !strings.Contains(g, "synctest.Test.func1") {
			out = append(out, g)
		}
	}
	if len(out) > 3 {
		out = append(out[:3], fmt.Sprintf("... and %d more", len(out)-3))
	}
	return strings.Join(out, "\n\n")
}

// source is a well-behaved upstream stage written by the tests: it sends
// values, then closes its channel, and gives up when ctx is done.
func source(ctx context.Context, values ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, v := range values {
			select {
			case out <- v:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// drain receives from ch until it is closed. Once every goroutine is
// idle, a stage must either offer its next value or have closed its
// output; if it has done neither, drain fails.
func drain(t *testing.T, what string, ch <-chan int) []int {
	t.Helper()
	var got []int
	for {
		synctest.Wait()
		select {
		case v, ok := <-ch:
			if !ok {
				return got
			}
			got = append(got, v)
		default:
			t.Fatalf("%s: after delivering %v, the channel blocks: it neither offers a value nor is closed", what, got)
		}
	}
}

// closedNow checks, once every goroutine is idle, that ch is closed.
func closedNow(t *testing.T, what string, ch <-chan int) {
	t.Helper()
	synctest.Wait()
	select {
	case v, ok := <-ch:
		if ok {
			t.Errorf("%s: received %d, want the channel closed", what, v)
		}
	default:
		t.Errorf("%s: the channel is not closed (a receive blocks)", what)
	}
}

func square(v int) int { return v * v }

func double(v int) int { return 2 * v }

// slowDouble takes one (fake) second per value.
func slowDouble(v int) int {
	time.Sleep(time.Second)
	return 2 * v
}

func TestGenerate(t *testing.T) {
	tests := []struct {
		name   string
		values []int
	}{
		{"three values in order", []int{3, 1, 2}},
		{"one value", []int{7}},
		{"no values", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inBubble(t, func(t *testing.T) {
				got := drain(t, fmt.Sprintf("Generate(ctx, %v...)", tt.values), Generate(context.Background(), tt.values...))
				if !slices.Equal(got, tt.values) {
					t.Errorf("Generate(ctx, %v...) delivered %v, want %v", tt.values, got, tt.values)
				}
			})
		})
	}
	for _, read := range []int{0, 1} {
		t.Run(fmt.Sprintf("stops when ctx is done after %d values were read", read), func(t *testing.T) {
			inBubble(t, func(t *testing.T) {
				ctx, cancel := context.WithCancel(context.Background())
				out := Generate(ctx, 1, 2, 3)
				for range read {
					<-out
				}
				synctest.Wait() // Generate is blocked, sending the next value
				cancel()
				closedNow(t, "Generate after cancel, with nobody reading", out)
			})
		})
	}
}

func TestMap(t *testing.T) {
	tests := []struct {
		name string
		in   []int
		want []int
	}{
		{"squares in order", []int{1, 2, 3, 4}, []int{1, 4, 9, 16}},
		{"one value", []int{5}, []int{25}},
		{"input closed at once", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inBubble(t, func(t *testing.T) {
				out := Map(context.Background(), source(context.Background(), tt.in...), square)
				got := drain(t, fmt.Sprintf("Map over %v", tt.in), out)
				if !slices.Equal(got, tt.want) {
					t.Errorf("Map(ctx, %v, square) delivered %v, want %v", tt.in, got, tt.want)
				}
			})
		})
	}
	t.Run("stops when ctx is done while nobody reads its output", func(t *testing.T) {
		inBubble(t, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			out := Map(ctx, source(ctx, 1, 2, 3), square)
			synctest.Wait() // Map is blocked, sending 1
			cancel()
			closedNow(t, "Map after cancel, with nobody reading", out)
		})
	})
	t.Run("stops when ctx is done while its input is silent", func(t *testing.T) {
		inBubble(t, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			silent := make(chan int) // never sends, never closes
			out := Map(ctx, silent, square)
			synctest.Wait() // Map is blocked, waiting for input
			cancel()
			closedNow(t, "Map after cancel, while waiting for an input that never comes", out)
		})
	})
}

func TestTake(t *testing.T) {
	tests := []struct {
		name     string
		in       []int
		closed   bool
		n        int
		want     []int
		leftOver int
	}{
		{"fewer than available", []int{1, 2, 3, 4, 5}, false, 2, []int{1, 2}, 3},
		{"exactly what is there", []int{1, 2, 3}, false, 3, []int{1, 2, 3}, 0},
		{"input closes first", []int{1, 2}, true, 5, []int{1, 2}, 0},
		{"n is zero", []int{1, 2, 3}, false, 0, nil, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inBubble(t, func(t *testing.T) {
				in := make(chan int, len(tt.in))
				for _, v := range tt.in {
					in <- v
				}
				if tt.closed {
					close(in)
				}
				got, err := Take(context.Background(), in, tt.n)
				if !slices.Equal(got, tt.want) || err != nil {
					t.Errorf("Take(ctx, %v, %d) = %v, %v; want %v, nil", tt.in, tt.n, got, err, tt.want)
				}
				if len(in) != tt.leftOver {
					t.Errorf("Take(ctx, %v, %d) left %d values in the channel, want %d: it must not receive more than n", tt.in, tt.n, len(in), tt.leftOver)
				}
			})
		})
	}
	t.Run("reports ctx.Err() when its input closed because ctx is done", func(t *testing.T) {
		inBubble(t, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			closed := make(chan int)
			close(closed)
			// Both cases of a select are ready here, and select picks one at
			// random: 64 tries make a solution that handles only one of them
			// fail with certainty (its chance to pass is 2^-64).
			for range 64 {
				got, err := Take(ctx, closed, 5)
				if len(got) != 0 || !errors.Is(err, context.Canceled) {
					t.Fatalf("Take(cancelled ctx, closed channel, 5) = %v, %v; want [], context.Canceled", got, err)
				}
			}
		})
	})
	t.Run("returns what it has when ctx is done", func(t *testing.T) {
		inBubble(t, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			in := make(chan int) // sends 1 at once, 2 after a second, then nothing
			go func() {
				in <- 1
				time.Sleep(time.Second)
				in <- 2
			}()
			time.AfterFunc(1500*time.Millisecond, cancel)
			start := time.Now()
			got, err := Take(ctx, in, 5)
			if !slices.Equal(got, []int{1, 2}) || !errors.Is(err, context.Canceled) {
				t.Errorf("Take(ctx, in, 5) cancelled after 1.5s = %v, %v; want [1 2], context.Canceled", got, err)
			}
			if d := time.Since(start); d != 1500*time.Millisecond {
				t.Errorf("Take returned %v after it started, want 1.5s: it must return as soon as ctx is done", d)
			}
		})
	})
}

func TestFirstN(t *testing.T) {
	tests := []struct {
		name   string
		values []int
		n      int
		want   []int
	}{
		{"stops early", []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 3, []int{2, 4, 6}},
		{"stops after the first", []int{5, 6, 7}, 1, []int{10}},
		{"n larger than the input", []int{1, 2, 3}, 5, []int{2, 4, 6}},
		{"n equal to the input", []int{1, 2, 3}, 3, []int{2, 4, 6}},
		{"no values", nil, 3, nil},
		{"n is zero", []int{1, 2, 3}, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inBubble(t, func(t *testing.T) {
				// The parent context is never cancelled: only FirstN itself
				// can stop the goroutines it starts.
				got, err := FirstN(context.Background(), tt.values, double, tt.n)
				if !slices.Equal(got, tt.want) || err != nil {
					t.Errorf("FirstN(ctx, %v, double, %d) = %v, %v; want %v, nil", tt.values, tt.n, got, err, tt.want)
				}
			})
		})
	}
	t.Run("returns what it has when the caller cancels", func(t *testing.T) {
		inBubble(t, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			time.AfterFunc(2500*time.Millisecond, cancel)
			start := time.Now()
			got, err := FirstN(ctx, []int{1, 2, 3, 4, 5}, slowDouble, 5)
			if !slices.Equal(got, []int{2, 4}) || !errors.Is(err, context.Canceled) {
				t.Errorf("FirstN with one second per value, cancelled after 2.5s = %v, %v; want [2 4], context.Canceled", got, err)
			}
			if d := time.Since(start); d != 2500*time.Millisecond {
				t.Errorf("FirstN returned %v after it started, want 2.5s: it must return as soon as ctx is done", d)
			}
			time.Sleep(time.Minute) // let the value in progress finish; then every goroutine must end
		})
	})
	t.Run("returns at once when ctx is already cancelled", func(t *testing.T) {
		inBubble(t, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			start := time.Now()
			got, err := FirstN(ctx, []int{1, 2, 3}, slowDouble, 2)
			if len(got) != 0 || !errors.Is(err, context.Canceled) {
				t.Errorf("FirstN with a cancelled ctx = %v, %v; want [], context.Canceled", got, err)
			}
			if d := time.Since(start); d != 0 {
				t.Errorf("FirstN with a cancelled ctx returned after %v, want at once", d)
			}
			time.Sleep(time.Minute)
		})
	})
}
