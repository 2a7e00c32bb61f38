package shout

import (
	_ "embed"
	"testing"
)

//go:embed testdata/input.txt
var input string

//go:embed testdata/golden.txt
var golden string

func TestGolden(t *testing.T) {
	if got := Shout(input); got != golden {
		t.Errorf("Shout(%q) = %q, want %q", input, got, golden)
	}
}
