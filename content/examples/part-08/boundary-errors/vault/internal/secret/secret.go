// Package secret holds the key-derivation detail that only package vault
// may use. The internal/ element in its path enforces that.
package secret

import "strings"

// Mask hides all but the last four characters of s.
func Mask(s string) string {
	if len(s) <= 4 {
		return strings.Repeat("*", len(s))
	}
	return strings.Repeat("*", len(s)-4) + s[len(s)-4:]
}
