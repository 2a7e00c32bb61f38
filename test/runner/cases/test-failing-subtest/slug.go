// Package slug makes URL slugs.
package slug

import "strings"

// Make lower-cases s and joins words with dashes. Bug: it keeps punctuation.
func Make(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), "-")
}
