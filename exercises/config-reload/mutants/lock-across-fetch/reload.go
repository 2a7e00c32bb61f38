// Package reload keeps the service's rate limits in an immutable Config
// that is swapped, never edited, while requests read it.
package reload

import (
	"maps"
	"sync"
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
	mu  sync.Mutex // guards cur, and is held for the whole reload
	cur *Config
}

// New returns a Store that publishes initial.
func New(initial *Config) *Store {
	return &Store{cur: initial}
}

// Current returns the published config.
func (s *Store) Current() *Config {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.cur
}

// Reload fetches a newer config and publishes it unless a config at
// least as new was published while the fetch ran. It reports whether it
// published.
func (s *Store) Reload(fetch Fetch) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	next, err := fetch(s.cur.Version)
	if err != nil || next == nil {
		return false, err
	}
	if next.Version <= s.cur.Version {
		return false, nil
	}
	s.cur = next
	return true, nil
}

// SetLimit publishes a copy of the current config with one limit changed
// and the version raised by one.
func (s *Store) SetLimit(plan string, limit int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	next := &Config{Version: s.cur.Version + 1, Limits: maps.Clone(s.cur.Limits)}
	if next.Limits == nil {
		next.Limits = map[string]int{}
	}
	next.Limits[plan] = limit
	s.cur = next
}
