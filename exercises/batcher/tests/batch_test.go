package batch

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"
	"testing/synctest"
	"time"
)

// Every test runs inside a synctest bubble: time is fake, so "100ms" passes
// at once and every time below is exact, synctest.Wait returns when every
// other goroutine is blocked, and a goroutine still blocked when the test
// function returns is reported as a leak.

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

const ms = time.Millisecond

// item is a value the feeder sends at a given time after the start.
type item struct {
	at    time.Duration
	value string
}

// feed sends the items on in, each at its time, then closes in at closeAt
// (never if closeAt is negative).
func feed(in chan<- string, items []item, closeAt time.Duration) {
	start := time.Now()
	for _, it := range items {
		time.Sleep(it.at - time.Since(start))
		in <- it.value
	}
	if closeAt >= 0 {
		time.Sleep(closeAt - time.Since(start))
		close(in)
	}
}

// batch is what the test received, and when.
type batch struct {
	at    time.Duration
	items []string
}

func (b batch) String() string { return fmt.Sprintf("%v@%v", b.items, b.at) }

func TestBatch(t *testing.T) {
	tests := []struct {
		name    string
		items   []item
		closeAt time.Duration
		size    int
		maxWait time.Duration
		want    []batch
	}{
		{
			name:  "full batches are sent at once",
			items: []item{{0, "a"}, {0, "b"}, {0, "c"}, {0, "d"}, {0, "e"}}, closeAt: 10 * ms,
			size: 2, maxWait: time.Second,
			want: []batch{{0, []string{"a", "b"}}, {0, []string{"c", "d"}}, {10 * ms, []string{"e"}}},
		},
		{
			name:  "a partial batch is sent maxWait after its first item, not after its last",
			items: []item{{0, "a"}, {40 * ms, "b"}, {80 * ms, "c"}}, closeAt: time.Second,
			size: 10, maxWait: 100 * ms,
			want: []batch{{100 * ms, []string{"a", "b", "c"}}},
		},
		{
			name:  "the wait starts again with the first item of the next batch",
			items: []item{{0, "a"}, {10 * ms, "b"}, {60 * ms, "c"}, {150 * ms, "d"}}, closeAt: time.Second,
			size: 2, maxWait: 100 * ms,
			want: []batch{{10 * ms, []string{"a", "b"}}, {150 * ms, []string{"c", "d"}}},
		},
		{
			name:  "a batch sent on time is followed by a full wait for the next",
			items: []item{{0, "a"}, {150 * ms, "b"}, {180 * ms, "c"}}, closeAt: time.Second,
			size: 5, maxWait: 100 * ms,
			want: []batch{{100 * ms, []string{"a"}}, {250 * ms, []string{"b", "c"}}},
		},
		{
			name:  "closing the input sends what is left",
			items: []item{{0, "a"}, {10 * ms, "b"}}, closeAt: 50 * ms,
			size: 5, maxWait: time.Second,
			want: []batch{{50 * ms, []string{"a", "b"}}},
		},
		{
			name:  "no items, no batches",
			items: nil, closeAt: 350 * ms,
			size: 3, maxWait: 100 * ms,
			want: nil,
		},
		{
			name:  "an idle gap sends no empty batch",
			items: []item{{0, "a"}, {500 * ms, "b"}}, closeAt: time.Second,
			size: 10, maxWait: 100 * ms,
			want: []batch{{100 * ms, []string{"a"}}, {600 * ms, []string{"b"}}},
		},
		{
			name:  "size below 1 means batches of one",
			items: []item{{0, "a"}, {0, "b"}}, closeAt: 10 * ms,
			size: 0, maxWait: time.Second,
			want: []batch{{0, []string{"a"}}, {0, []string{"b"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inBubble(t, func(t *testing.T) {
				in := make(chan string)
				go feed(in, tt.items, tt.closeAt)
				start := time.Now()
				var got []batch
				var copies [][]string // what each batch held when it arrived
				for b := range Batch(context.Background(), in, tt.size, tt.maxWait) {
					got = append(got, batch{time.Since(start), b})
					copies = append(copies, slices.Clone(b))
				}
				closedAt := time.Since(start)
				for i, b := range got {
					if !slices.Equal(b.items, copies[i]) {
						t.Errorf("batch %d was %v when it arrived and %v later: Batch changed a slice it had sent; start a new slice for each batch", i, copies[i], b.items)
						return
					}
				}
				if !slices.EqualFunc(got, tt.want, func(a, b batch) bool { return a.at == b.at && slices.Equal(a.items, b.items) }) {
					t.Errorf("batches (items@time):\n got %v\nwant %v", got, tt.want)
				}
				if closedAt != tt.closeAt {
					t.Errorf("the output was closed at %v, want %v, when the input was closed", closedAt, tt.closeAt)
				}
			})
		})
	}
}

// closedNow checks, once every goroutine is idle, that out is closed.
func closedNow(t *testing.T, what string, out <-chan []string) {
	t.Helper()
	synctest.Wait()
	select {
	case b, ok := <-out:
		if ok {
			t.Errorf("%s: received batch %v, want the output closed", what, b)
		}
	default:
		t.Errorf("%s: the output is not closed (a receive blocks)", what)
	}
}

func TestBatchStopsWhenCtxIsDone(t *testing.T) {
	tests := []struct {
		name  string
		items []item
		size  int
	}{
		{"while nobody reads a full batch", []item{{0, "a"}, {0, "b"}}, 2},
		{"while a partial batch waits for its time", []item{{0, "a"}}, 5},
		{"while the input is silent", nil, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inBubble(t, func(t *testing.T) {
				ctx, cancel := context.WithCancel(context.Background())
				in := make(chan string) // never closed
				go feed(in, tt.items, -1)
				out := Batch(ctx, in, tt.size, time.Second)
				time.Sleep(500 * ms)
				synctest.Wait() // Batch is blocked: on a send, on its timer or on in
				cancel()
				closedNow(t, "Batch after cancel at 500ms", out)
			})
		})
	}
}
