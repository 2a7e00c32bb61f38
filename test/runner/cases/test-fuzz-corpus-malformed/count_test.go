package count

import "testing"

func FuzzCount(f *testing.F) {
	f.Add("one two", 2)
	f.Fuzz(func(t *testing.T, s string, want int) {
		if got := Words(s); got != want {
			t.Errorf("Words(%q) = %d, want %d", s, got, want)
		}
	})
}

func FuzzSyntax(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {})
}

func TestStillRuns(t *testing.T) {
	t.Log("a malformed corpus fails only its fuzz test")
}
