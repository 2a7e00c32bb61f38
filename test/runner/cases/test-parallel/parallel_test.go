package parallel

import (
	"sync/atomic"
	"testing"
)

func TestSlowParallel(t *testing.T) {
	var finished atomic.Int32
	// t.Run returns only after its parallel subtests have finished.
	t.Run("group", func(t *testing.T) {
		for _, n := range []int{1, 2, 3, 4, 5} {
			t.Run(string(rune('a'+n-1)), func(t *testing.T) {
				t.Parallel()
				if got := Slow(n); got != n*n {
					t.Errorf("Slow(%d) = %d, want %d", n, got, n*n)
				}
				finished.Add(1)
			})
		}
		if got := finished.Load(); got != 0 {
			t.Errorf("parallel subtests ran before their parent's body returned: %d finished", got)
		}
	})
	if got := finished.Load(); got != 5 {
		t.Errorf("after group: %d subtests finished, want 5", got)
	}
}

func TestTopLevelA(t *testing.T) {
	t.Parallel()
	Slow(1)
}

func TestTopLevelB(t *testing.T) {
	t.Parallel()
	Slow(2)
}
