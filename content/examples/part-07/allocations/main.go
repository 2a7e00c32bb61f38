// Command allocations counts heap allocations with testing.AllocsPerRun to
// compare values with pointers. The counts are what escape analysis
// predicts, measured instead of guessed.
package main

import (
	"fmt"
	"testing"
)

// particle is 32 bytes of floats and holds no pointers.
type particle struct {
	X, Y, VX, VY float64
}

// Package-level sinks keep results alive, so the compiler cannot discard
// the work being measured.
var (
	sinkValue  particle
	sinkPtr    *particle
	sinkAny    any
	sinkValues []particle
	sinkPtrs   []*particle
)

// The noinline directives stop the compiler from inlining these calls into
// the closures below, which could change where the results live.

//go:noinline
func newValue(i int) particle { return particle{X: float64(i)} }

//go:noinline
func newPointer(i int) *particle { return &particle{X: float64(i)} }

func main() {
	const n = 1000
	report := func(what string, f func()) {
		fmt.Printf("%-34s %6.0f allocs/op\n", what, testing.AllocsPerRun(100, f))
	}

	report("return a particle", func() { sinkValue = newValue(1) })
	report("return a *particle", func() { sinkPtr = newPointer(1) })
	report("store a particle in an interface", func() { sinkAny = newValue(1) })

	report("[]particle, 1000 elements", func() {
		s := make([]particle, n)
		for i := range s {
			s[i] = newValue(i)
		}
		sinkValues = s
	})
	report("[]*particle, 1000 elements", func() {
		s := make([]*particle, n)
		for i := range s {
			s[i] = newPointer(i)
		}
		sinkPtrs = s
	})
}
