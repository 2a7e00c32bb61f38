// Package truncate shortens text for display without breaking characters.
package truncate

import "unicode/utf8"

// Ellipsis is appended to text that Runes shortens. It is one rune, U+2026,
// encoded in three bytes.
const Ellipsis = "…"

// Runes returns s limited to n runes. If s has n runes or fewer it is
// returned unchanged; otherwise the result is the first n-1 runes of s
// followed by Ellipsis, exactly n runes in all. For n <= 0 the result is "".
//
// Runes never splits the UTF-8 encoding of a rune. An invalid byte counts
// as one rune and is copied unchanged, as for range does. Runes counts code
// points, not what a reader sees as one character, so it may separate a
// combining accent or an emoji modifier from the rune before it.
func Runes(s string, n int) string {
	if n <= 0 {
		return ""
	}
	if utf8.RuneCountInString(s) < n {
		return s
	}
	kept := 0
	for i := range s {
		if kept == n-1 {
			return s[:i] + Ellipsis
		}
		kept++
	}
	return s // unreachable: s has more than n runes
}
