// Package plural writes counts of things in English.
package plural

import "strconv"

// Count returns n followed by word, with an "s" unless n is 1.
func Count(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}
