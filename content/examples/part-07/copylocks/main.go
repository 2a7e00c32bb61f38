//go:build vetdemo

// Command copylocks compiles and runs, yet it copies a mutex in more than
// one place, and go vet's copylocks analyzer reports every copy. The build
// constraint keeps the file out of the course's other builds (clean.go
// stands in for it), so the example's command opts in with -tags=vetdemo.
package main

import (
	"fmt"
	"sync"
)

// Stats is safe for concurrent use only while its mutex is never copied.
type Stats struct {
	mu   sync.Mutex
	hits map[string]int
}

// Record is correct: a pointer receiver shares the one mutex.
func (s *Stats) Record(page string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.hits == nil {
		s.hits = make(map[string]int)
	}
	s.hits[page]++
}

// Hits has a value receiver: it locks a copy, so it excludes nobody.
func (s Stats) Hits(page string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[page]
}

// Total ranges by value: each iteration copies a Stats, mutex included.
func Total(all []Stats) int {
	n := 0
	for _, s := range all {
		n += len(s.hits)
	}
	return n
}

// Report takes a Stats by value, so the caller's mutex is copied in.
func Report(s Stats) string {
	return fmt.Sprintf("%d pages", len(s.hits))
}

func main() {
	all := make([]Stats, 2)
	all[0].Record("/home")
	fmt.Println(all[0].Hits("/home"), Total(all), Report(all[0]))
}
