// Package reload keeps the service's rate limits in an immutable Config
// that is swapped, never edited, while requests read it.
package reload

import (
	"sync/atomic"
)

// Config is immutable once published: build a new one to change it.
type Config struct {
	Version int
	Limits  map[string]int
}

// Fetch asks the config source for a config newer than have. It returns
// nil, nil when there is nothing newer.
type Fetch func(have int) (*Config, error)

// Store publishes the current Config to any number of readers.
type Store struct {
	cur atomic.Pointer[Config]
}

// New returns a Store that publishes initial.
func New(initial *Config) *Store {
	s := &Store{}
	s.cur.Store(initial)
	return s
}

// Current returns the published config. It never blocks.
func (s *Store) Current() *Config {
	return s.cur.Load()
}

// Reload fetches a newer config and publishes it unless a config at
// least as new was published while the fetch ran. It reports whether it
// published.
func (s *Store) Reload(fetch Fetch) (bool, error) {
	next, err := fetch(s.cur.Load().Version)
	if err != nil || next == nil {
		return false, err
	}
	for {
		old := s.cur.Load()
		if next.Version <= old.Version {
			return false, nil
		}
		if s.cur.CompareAndSwap(old, next) {
			return true, nil
		}
	}
}

// SetLimit publishes a copy of the current config with one limit changed
// and the version raised by one.
func (s *Store) SetLimit(plan string, limit int) {
	for {
		old := s.cur.Load()
		next := *old // copies the struct, but the map is shared
		next.Version++
		if next.Limits == nil {
			next.Limits = map[string]int{}
		}
		next.Limits[plan] = limit
		if s.cur.CompareAndSwap(old, &next) {
			return
		}
	}
}
