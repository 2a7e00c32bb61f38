package mask

import (
	"testing"
	"unicode/utf8"
)

func FuzzMask(f *testing.F) {
	f.Add("4111111111111111") // seed corpus: run by every go test
	f.Add("abc")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			t.Skip("the input is not text")
		}
		got := Mask(s)
		if !utf8.ValidString(got) {
			t.Fatalf("Mask(%q) = %q, not valid UTF-8", s, got)
		}
		if a, b := utf8.RuneCountInString(s), utf8.RuneCountInString(got); a != b {
			t.Fatalf("Mask(%q) has %d characters, want %d", s, b, a)
		}
	})
}
