package shapes

import "testing"

func assertArea(t *testing.T, r Rect, want float64) {
	t.Helper()
	if got := r.Area(); got != want {
		t.Errorf("%+v.Area() = %g, want %g", r, got, want)
	}
}

func TestArea(t *testing.T) {
	assertArea(t, Square(2), 4)
	assertArea(t, Rect{3, 4}, 12)
}
