package truncate

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestRunes(t *testing.T) {
	tests := []struct {
		name string
		in   string
		n    int
		want string
	}{
		// ASCII: the rules without the encoding.
		{"shorter than n", "hello", 10, "hello"},
		{"exactly n runes", "hello", 5, "hello"},
		{"one rune too long", "hello!", 5, "hell…"},
		{"much longer", "hello, world", 8, "hello, …"},
		{"n of 1 leaves only the ellipsis", "hello", 1, "…"},
		{"n of 0", "hello", 0, ""},
		{"negative n", "hello", -3, ""},
		{"empty input", "", 5, ""},
		{"empty input, n of 0", "", 0, ""},

		// Multi-byte characters: counted as one rune each, never split.
		{"fits in runes though longer in bytes", "héllo", 5, "héllo"},
		{"two-byte letters", "héllo wörld", 8, "héllo w…"},
		{"cut right after a two-byte letter", "éééé", 3, "éé…"},
		{"three-byte characters", "日本語のテキスト", 4, "日本語…"},
		{"emoji are four bytes", "Go 🚀🚀🚀", 5, "Go 🚀…"},
		{"emoji only, fits", "🚀🚀", 2, "🚀🚀"},
		{"emoji only, too long", "🚀🚀🚀", 2, "🚀…"},
		{"ellipsis in the input is one rune", "wait…", 5, "wait…"},
		{"ellipsis in the input is kept like any rune", "wait… more", 6, "wait……"},

		// Documented edge cases: runes, not what a reader sees as a character.
		{"combining accent counts as its own rune", "e\u0301e\u0301e\u0301", 4, "e\u0301e…"},
		{"combining accent can be separated", "e\u0301e\u0301e\u0301", 2, "e…"},
		{"skin-tone modifier is a rune", "👍🏽👍🏽", 3, "👍🏽…"},
		{"zero-width joiner sequence is three runes", "👩\u200d💻 dev", 3, "👩\u200d…"},

		// Invalid UTF-8: each bad byte is one rune and is kept as it is.
		{"invalid byte kept unchanged", "a\xffbcd", 3, "a\xff…"},
		{"invalid bytes that fit", "\xff\xfe", 2, "\xff\xfe"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Runes(tt.in, tt.n); got != tt.want {
				t.Errorf("Runes(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
			}
		})
	}
}

// TestRunesEveryLength checks the general contract for every n around the
// length of several inputs: the rune count, UTF-8 validity, and that the
// result is a prefix of the input plus the ellipsis.
func TestRunesEveryLength(t *testing.T) {
	inputs := []string{"", "abc", "naïve café", "Привет, мир", "日本語", "🚀 launch 🚀", "e\u0301t\u0301e\u0301"}
	for _, in := range inputs {
		count := utf8.RuneCountInString(in)
		for n := -1; n <= count+2; n++ {
			t.Run(fmt.Sprintf("%q/n=%d", in, n), func(t *testing.T) {
				got := Runes(in, n)
				wantCount := min(max(n, 0), count)
				if c := utf8.RuneCountInString(got); c != wantCount {
					t.Errorf("Runes(%q, %d) = %q has %d runes, want %d", in, n, got, c, wantCount)
				}
				if !utf8.ValidString(got) {
					t.Errorf("Runes(%q, %d) = %q is not valid UTF-8: a character was cut", in, n, got)
				}
				if n >= count {
					if got != in {
						t.Errorf("Runes(%q, %d) = %q, want the input unchanged", in, n, got)
					}
					return
				}
				if n <= 0 {
					return
				}
				prefix, ok := strings.CutSuffix(got, Ellipsis)
				if !ok || !strings.HasPrefix(in, prefix) {
					t.Errorf("Runes(%q, %d) = %q, want a prefix of the input followed by %q", in, n, got, Ellipsis)
				}
			})
		}
	}
}
