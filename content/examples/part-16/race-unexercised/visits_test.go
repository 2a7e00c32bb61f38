package visits

import "testing"

func TestHit(t *testing.T) {
	var c Counter
	for range 3 {
		c.Hit()
	}
	if got := c.N(); got != 3 {
		t.Errorf("N() = %d, want 3", got)
	}
}
