// Package reload keeps the service's rate limits in a Config that a
// reload replaces while requests read it. It works in every single-user
// test, and is racy: fix it.
package reload

// Config holds the limits per plan.
type Config struct {
	Version int
	Limits  map[string]int
}

// Fetch asks the config source for a config newer than have. It returns
// nil, nil when there is nothing newer.
type Fetch func(have int) (*Config, error)

// Store publishes the current Config to any number of readers.
type Store struct {
	cur *Config
}

// New returns a Store that publishes initial.
func New(initial *Config) *Store {
	return &Store{cur: initial}
}

// Current returns the published config.
func (s *Store) Current() *Config {
	return s.cur
}

// Reload fetches a newer config and publishes it. It reports whether it
// published.
func (s *Store) Reload(fetch Fetch) (bool, error) {
	have := s.cur.Version
	next, err := fetch(have)
	if err != nil || next == nil {
		return false, err
	}
	if next.Version > have {
		s.cur = next
		return true, nil
	}
	return false, nil
}

// SetLimit changes one limit and raises the version by one.
func (s *Store) SetLimit(plan string, limit int) {
	s.cur.Limits[plan] = limit
	s.cur.Version++
}
