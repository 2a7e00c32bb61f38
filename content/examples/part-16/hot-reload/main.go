// Command hot-reload swaps an immutable config behind an atomic.Pointer:
// readers load one snapshot and keep it; writers publish a new copy.
package main

import (
	"fmt"
	"maps"
	"sync/atomic"
)

// Config is immutable once published: nobody writes to it again.
type Config struct {
	Version int
	Limits  map[string]int
}

type Store struct{ cur atomic.Pointer[Config] }

func (s *Store) Current() *Config { return s.cur.Load() }

// SetLimit publishes a changed copy; the CAS retries if another writer
// published in between, so no update is lost.
func (s *Store) SetLimit(plan string, limit int) {
	for {
		old := s.cur.Load()
		next := &Config{Version: old.Version + 1, Limits: maps.Clone(old.Limits)}
		next.Limits[plan] = limit
		if s.cur.CompareAndSwap(old, next) {
			return
		}
	}
}

func main() {
	var s Store
	s.cur.Store(&Config{Version: 1, Limits: map[string]int{"free": 10}})

	req := s.Current() // a request takes one snapshot...
	s.SetLimit("free", 20)
	s.SetLimit("pro", 500)

	// ...and sees the same version for its whole life.
	fmt.Println("request:", req.Version, req.Limits)
	now := s.Current()
	fmt.Println("current:", now.Version, now.Limits)
}
