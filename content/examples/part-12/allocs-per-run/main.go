// AllocsPerRun counts heap allocations per call: a number that, unlike a
// timing, is the same on every run and every machine with this Go version.
package main

import (
	"fmt"
	"strconv"
	"testing"
)

type point struct{ x, y int }

// Package-level variables outlive every call, so what is stored in them
// escapes to the heap.
var (
	sink  any
	bytes []byte
)

func main() {
	n := 12345
	buf := make([]byte, 0, 32)

	cases := []struct {
		name string
		fn   func()
	}{
		{"Itoa", func() { _ = strconv.Itoa(n) }},
		{"AppendInt", func() { buf = strconv.AppendInt(buf[:0], int64(n), 10) }},
		{"Sprintf", func() { _ = fmt.Sprintf("id-%d", n) }},
		{"point on stack", func() { p := point{1, 2}; _ = p.x + p.y }},
		{"const in any", func() { sink = point{1, 2} }},
		{"point in any", func() { sink = point{n, 2} }},
		{"kept slice", func() { bytes = make([]byte, 64) }},
		{"slice in any", func() { sink = make([]byte, 64) }},
	}
	for _, c := range cases {
		allocs := testing.AllocsPerRun(100, c.fn)
		fmt.Printf("%-15s %v allocs/run\n", c.name, allocs)
	}
}
