// Package text has small helpers.
package text

import "strings"

// Upper upper-cases s.
func Upper(s string) string { return strings.ToUpper(s) }

// Reverse reverses s by runes.
func Reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}
