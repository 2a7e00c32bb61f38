// Package parse reads key=value pairs.
package parse

import "strings"

// Pair splits "k=v". Bug: it panics when there is no '='.
func Pair(s string) (string, string) {
	i := strings.Index(s, "=")
	return s[:i], s[i+1:]
}
