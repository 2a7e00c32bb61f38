// Command copy-cost prints how many bytes Go copies when it copies values of
// common types: the cost of passing one as an argument, as a value receiver
// or as a range variable. Sizes are for 64-bit platforms.
package main

import (
	"fmt"
	"sync"
	"unsafe"
)

// Snapshot is a large struct: its arrays are stored inline, not behind
// pointers, so copying a Snapshot copies all of them.
type Snapshot struct {
	Name    string
	Samples [64]float64
	Labels  [8]string
}

// Mean has a value receiver, so every call copies the whole Snapshot.
// (Real code would give both methods the same kind of receiver; they
// differ here only to compare the two.)
func (s Snapshot) Mean() float64 {
	total := 0.0
	for _, v := range s.Samples {
		total += v
	}
	return total / float64(len(s.Samples))
}

// Peak has a pointer receiver, so every call copies one address.
func (s *Snapshot) Peak() float64 {
	return max(s.Samples[0], s.Samples[len(s.Samples)-1])
}

func main() {
	var snap Snapshot
	snap.Samples[0], snap.Samples[63] = 32, 96

	sizes := []struct {
		what  string
		bytes uintptr
	}{
		{"int", unsafe.Sizeof(0)},
		{"pointer", unsafe.Sizeof(&snap)},
		{"map", unsafe.Sizeof(map[string]int(nil))},
		{"sync.Mutex", unsafe.Sizeof(sync.Mutex{})},
		{"string header", unsafe.Sizeof("")},
		{"interface", unsafe.Sizeof(any(nil))},
		{"slice header", unsafe.Sizeof([]float64(nil))},
		{"[64]float64 array", unsafe.Sizeof(snap.Samples)},
		{"Snapshot", unsafe.Sizeof(snap)},
	}
	for _, s := range sizes {
		fmt.Printf("%-18s %4d bytes\n", s.what, s.bytes)
	}

	fmt.Printf("snap.Mean() = %g, copying %d bytes of receiver\n", snap.Mean(), unsafe.Sizeof(snap))
	fmt.Printf("snap.Peak() = %g, copying %d bytes of receiver\n", snap.Peak(), unsafe.Sizeof(&snap))
}
