// Package roman converts between integers and Roman numerals.
//
// Numerals use the standard subtractive form, so 4 is IV and 1994 is
// MCMXCIV. Only 1 to [MaxValue] can be written this way.
//
// # Errors
//
// [Parse] and [Format] report bad input with errors that wrap [ErrRange]
// or [ErrSyntax], so callers can test for them with [errors.Is]:
//
//	n, err := roman.Parse(input)
//	if errors.Is(err, roman.ErrSyntax) {
//		// ask the user again
//	}
package roman

import (
	"errors"
	"fmt"
	"strings"
)

// MaxValue is the largest number a standard Roman numeral can express.
const MaxValue = 3999

// Errors returned, wrapped, by [Parse] and [Format].
var (
	ErrRange  = errors.New("roman: number out of range")
	ErrSyntax = errors.New("roman: invalid numeral")
)

var symbols = []struct {
	value   int
	numeral string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
	{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
	{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

// Format returns the numeral for n, such as "XLII" for 42. It returns an
// error wrapping [ErrRange] when n is not between 1 and [MaxValue].
func Format(n int) (string, error) {
	if n < 1 || n > MaxValue {
		return "", fmt.Errorf("format %d: %w", n, ErrRange)
	}
	var b strings.Builder
	for _, s := range symbols {
		for n >= s.value {
			b.WriteString(s.numeral)
			n -= s.value
		}
	}
	return b.String(), nil
}

// Parse returns the value of the numeral s. Parse accepts only the
// canonical form that [Format] produces, so "IIII" and "IC" are errors
// wrapping [ErrSyntax].
func Parse(s string) (int, error) {
	rest, n := s, 0
	for _, sym := range symbols {
		for strings.HasPrefix(rest, sym.numeral) {
			n += sym.value
			rest = rest[len(sym.numeral):]
		}
	}
	if rest != "" || n == 0 {
		return 0, fmt.Errorf("parse %q: %w", s, ErrSyntax)
	}
	if canonical, _ := Format(n); canonical != s {
		return 0, fmt.Errorf("parse %q: %w", s, ErrSyntax)
	}
	return n, nil
}

// ToRoman returns the numeral for n, or "" when n is out of range.
//
// Deprecated: Use [Format], which reports why a number cannot be written.
func ToRoman(n int) string {
	s, _ := Format(n)
	return s
}
