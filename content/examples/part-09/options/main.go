// Command options builds the same Server two ways, with functional options
// and with a config struct, validates every setting, and shows where each
// shape gets awkward.
package main

import (
	"errors"
	"fmt"
	"slices"
	"time"
)

// Defaults, documented once and used by both constructors.
const (
	DefaultReadTimeout = 5 * time.Second
	DefaultMaxConns    = 100
	DefaultRetries     = 3
)

// Server is configured once, at construction.
type Server struct {
	addr string
	cfg  settings
}

// settings is what options change. It is unexported, so options can only
// be applied by NewServer, never to a Server that is already running.
type settings struct {
	readTimeout time.Duration
	maxConns    int
	retries     int
}

// String describes the settings, for printing.
func (s *Server) String() string {
	return fmt.Sprintf("%s timeout=%v maxConns=%d retries=%d",
		s.addr, s.cfg.readTimeout, s.cfg.maxConns, s.cfg.retries)
}

// Option changes one setting of a Server under construction, or reports
// why the value it was given is not acceptable.
type Option func(*settings) error

// WithReadTimeout sets how long to wait for a request; it must be positive.
func WithReadTimeout(d time.Duration) Option {
	return func(s *settings) error {
		if d <= 0 {
			return fmt.Errorf("WithReadTimeout(%v): must be positive", d)
		}
		s.readTimeout = d
		return nil
	}
}

// WithMaxConns limits concurrent connections; at least 1.
func WithMaxConns(n int) Option {
	return func(s *settings) error {
		if n < 1 {
			return fmt.Errorf("WithMaxConns(%d): must be at least 1", n)
		}
		s.maxConns = n
		return nil
	}
}

// WithRetries sets how often a failed upstream call is retried; 0 is valid.
func WithRetries(n int) Option {
	return func(s *settings) error {
		if n < 0 || n > 10 {
			return fmt.Errorf("WithRetries(%d): must be 0 to 10", n)
		}
		s.retries = n
		return nil
	}
}

// NewServer starts from the defaults and applies opts in order, so a later
// option overrides an earlier one; the first invalid option stops it. addr
// is required, so it is a parameter, not an option.
func NewServer(addr string, opts ...Option) (*Server, error) {
	if addr == "" {
		return nil, errors.New("new server: address is required")
	}
	cfg := settings{
		readTimeout: DefaultReadTimeout,
		maxConns:    DefaultMaxConns,
		retries:     DefaultRetries,
	}
	for _, opt := range opts {
		if err := opt(&cfg); err != nil {
			return nil, fmt.Errorf("new server %s: %w", addr, err)
		}
	}
	return &Server{addr: addr, cfg: cfg}, nil
}

// Config is the alternative: a plain struct whose zero fields mean "use the
// default". Retries is a pointer because 0 retries is a real choice that
// must differ from "not set". It reuses the options to validate.
type Config struct {
	ReadTimeout time.Duration // 0 means DefaultReadTimeout
	MaxConns    int           // 0 means DefaultMaxConns
	Retries     *int          // nil means DefaultRetries
}

// NewServerFromConfig turns the set fields into options.
func NewServerFromConfig(addr string, c Config) (*Server, error) {
	var opts []Option
	if c.ReadTimeout != 0 {
		opts = append(opts, WithReadTimeout(c.ReadTimeout))
	}
	if c.MaxConns != 0 {
		opts = append(opts, WithMaxConns(c.MaxConns))
	}
	if c.Retries != nil {
		opts = append(opts, WithRetries(*c.Retries))
	}
	return NewServer(addr, opts...)
}

// show prints the server, or the reason it could not be built.
func show(label string, s *Server, err error) {
	if err != nil {
		fmt.Println(label, "error:", err)
		return
	}
	fmt.Println(label, s)
}

func main() {
	s, err := NewServer(":8080")
	show("defaults:  ", s, err)
	s, err = NewServer(":8080", WithReadTimeout(2*time.Second), WithRetries(0))
	show("options:   ", s, err)

	// Options are values: a shared preset, then a local override. Last wins.
	production := []Option{WithMaxConns(1000), WithRetries(5)}
	local := slices.Concat(production, []Option{WithRetries(1)})
	s, err = NewServer(":443", local...)
	show("preset:    ", s, err)

	// A bad value is rejected with the option's name, and no Server exists.
	s, err = NewServer(":8080", WithMaxConns(0))
	show("rejected:  ", s, err)

	s, err = NewServerFromConfig(":8080", Config{MaxConns: 10})
	show("config:    ", s, err)
	// new(0) (Go 1.26) allocates an int holding 0: "set, to zero".
	s, err = NewServerFromConfig(":8080", Config{Retries: new(0)})
	show("config, 0: ", s, err)
	s, err = NewServerFromConfig(":8080", Config{Retries: new(-1)})
	show("config, -1:", s, err)
}
