package join

import (
	"strings"
	"testing"
)

// input is built once, outside every measured loop.
var input = strings.Fields("alpha bravo charlie delta echo foxtrot golf hotel")

func BenchmarkJoin(b *testing.B) {
	cases := []struct {
		name string
		fn   func([]string) string
	}{
		{"plus", Plus},
		{"builder", Builder},
		{"sized", Sized},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				c.fn(input)
			}
		})
	}
}
