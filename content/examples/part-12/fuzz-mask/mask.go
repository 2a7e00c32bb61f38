// Package mask hides all but the end of a card or account number.
package mask

import "strings"

// Mask replaces every character but the last four with '*'.
// Bug: it counts bytes, not characters.
func Mask(s string) string {
	if len(s) <= 4 {
		return s
	}
	return strings.Repeat("*", len(s)-4) + s[len(s)-4:]
}
