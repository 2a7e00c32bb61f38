package text

import "testing"

func TestUpper(t *testing.T) {
	t.Run("ascii", func(t *testing.T) {
		if Upper("go") != "GO" {
			t.Error("ascii")
		}
	})
	t.Run("unicode", func(t *testing.T) {
		if Upper("é") != "É" {
			t.Error("unicode")
		}
	})
}

func TestReverse(t *testing.T) {
	if got := Reverse("añb"); got != "bña" {
		t.Errorf("Reverse = %q", got)
	}
}

func TestBroken(t *testing.T) {
	t.Fatal("excluded by the run filter")
}
