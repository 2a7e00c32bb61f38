package reverse

import (
	"testing"
	"unicode/utf8"
)

// Without -test.fuzz a fuzz target runs its seed corpus as subtests.
func FuzzBytes(f *testing.F) {
	f.Add("hello")
	f.Add("")
	f.Add("héllo")
	f.Fuzz(func(t *testing.T, s string) {
		r := Bytes(s)
		if Bytes(r) != s {
			t.Errorf("Bytes(Bytes(%q)) = %q", s, Bytes(r))
		}
		if utf8.ValidString(s) && !utf8.ValidString(r) {
			t.Errorf("Bytes(%q) = %q is not valid UTF-8", s, r)
		}
	})
}
