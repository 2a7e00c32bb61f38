// Package join builds comma-separated lists two ways, so benchmarks can
// compare them.
package join

import "strings"

// Naive concatenates with +=, allocating a new string each time.
func Naive(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		if i > 0 {
			s += ","
		}
		s += "x"
	}
	return s
}

// Builder preallocates one strings.Builder.
func Builder(n int) string {
	var b strings.Builder
	b.Grow(2 * n)
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('x')
	}
	return b.String()
}
