package calc

import "testing"

func TestAdd(t *testing.T) {
	if got, want := Add(2, 3), 5; got != want {
		t.Errorf("Add(2, 3) = %d, want %d", got, want)
	}
}

func TestAbs(t *testing.T) {
	for _, n := range []int{-4, -3, 0, 7, -1} {
		want := n
		if n < 0 {
			want = -n
		}
		if got := Abs(n); got != want {
			t.Errorf("Abs(%d): got %d, want %d", n, got, want)
		}
	}
	t.Log("t.Error keeps going after a failure")
}
