// Package wordfreq counts words.
package wordfreq

import (
	"strings"
	"unicode"
)

// Count returns how often each lower-cased word occurs in text.
func Count(text string) map[string]int {
	counts := map[string]int{}
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	for _, w := range words {
		counts[w]++
	}
	return counts
}
