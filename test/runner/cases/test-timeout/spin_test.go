package spin

import "testing"

func TestQuick(t *testing.T) {}

func TestWait(t *testing.T) {
	done := false
	Wait(&done)
}
