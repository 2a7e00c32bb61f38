// Package reload keeps the service's rate limits in an immutable Config
// that is swapped, never edited, while requests read it.
package reload

import (
	"maps"
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
	old := s.cur.Load()
	next, err := fetch(old.Version)
	if err != nil || next == nil {
		return false, err
	}
	if next.Version <= old.Version {
		return false, nil
	}
	// If someone published meanwhile, the CAS fails and nothing is stored.
	return s.cur.CompareAndSwap(old, next), nil
}

// SetLimit publishes a copy of the current config with one limit changed
// and the version raised by one.
func (s *Store) SetLimit(plan string, limit int) {
	for {
		old := s.cur.Load()
		next := &Config{Version: old.Version + 1, Limits: maps.Clone(old.Limits)}
		if next.Limits == nil {
			next.Limits = map[string]int{}
		}
		next.Limits[plan] = limit
		if s.cur.CompareAndSwap(old, next) {
			return
		}
	}
}
