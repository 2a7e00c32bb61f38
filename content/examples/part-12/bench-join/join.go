// Package join builds a comma-separated list three ways.
package join

import "strings"

// Plus grows the result with +=, copying it on every step.
func Plus(parts []string) string {
	s := ""
	for i, p := range parts {
		if i > 0 {
			s += ","
		}
		s += p
	}
	return s
}

// Builder appends to a strings.Builder that grows as it goes.
func Builder(parts []string) string {
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(p)
	}
	return b.String()
}

// Sized computes the final length first, so it allocates once.
func Sized(parts []string) string {
	n := max(len(parts)-1, 0)
	for _, p := range parts {
		n += len(p)
	}
	var b strings.Builder
	b.Grow(n)
	for i, p := range parts {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(p)
	}
	return b.String()
}
