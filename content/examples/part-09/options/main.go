// Command options builds the same Server two ways: with functional options
// and with a config struct, and shows where each one gets awkward.
package main

import (
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
	return fmt.Sprintf("%s timeout=%v maxConns=%d retries=%d", s.addr, s.cfg.readTimeout, s.cfg.maxConns, s.cfg.retries)
}

// Option changes one setting of a Server under construction.
type Option func(*settings)

// WithReadTimeout sets how long to wait for a request.
func WithReadTimeout(d time.Duration) Option {
	return func(s *settings) { s.readTimeout = d }
}

// WithMaxConns limits concurrent connections.
func WithMaxConns(n int) Option {
	return func(s *settings) { s.maxConns = n }
}

// WithRetries sets how often a failed upstream call is retried; 0 is valid.
func WithRetries(n int) Option {
	return func(s *settings) { s.retries = n }
}

// NewServer starts from the defaults and applies opts in order, so a
// later option overrides an earlier one. addr is required, so it is a
// parameter, not an option.
func NewServer(addr string, opts ...Option) *Server {
	cfg := settings{readTimeout: DefaultReadTimeout, maxConns: DefaultMaxConns, retries: DefaultRetries}
	for _, opt := range opts {
		opt(&cfg)
	}
	return &Server{addr: addr, cfg: cfg}
}

// Config is the alternative: a plain struct whose zero fields mean "use the
// default". Retries is a pointer because 0 retries is a real choice that
// must differ from "not set".
type Config struct {
	ReadTimeout time.Duration // 0 means DefaultReadTimeout
	MaxConns    int           // 0 means DefaultMaxConns
	Retries     *int          // nil means DefaultRetries
}

// NewServerFromConfig fills in defaults for unset fields.
func NewServerFromConfig(addr string, c Config) *Server {
	s := NewServer(addr)
	if c.ReadTimeout != 0 {
		s.cfg.readTimeout = c.ReadTimeout
	}
	if c.MaxConns != 0 {
		s.cfg.maxConns = c.MaxConns
	}
	if c.Retries != nil {
		s.cfg.retries = *c.Retries
	}
	return s
}

func main() {
	fmt.Println("defaults:  ", NewServer(":8080"))
	fmt.Println("options:   ", NewServer(":8080", WithReadTimeout(2*time.Second), WithRetries(0)))

	// Options are values: a shared preset, then a local override. Last wins.
	production := []Option{WithMaxConns(1000), WithRetries(5)}
	fmt.Println("preset:    ", NewServer(":443", slices.Concat(production, []Option{WithRetries(1)})...))

	fmt.Println("config:    ", NewServerFromConfig(":8080", Config{MaxConns: 10}))
	// new(0) (Go 1.26) allocates an int holding 0: "set, to zero".
	fmt.Println("config, 0: ", NewServerFromConfig(":8080", Config{Retries: new(0)}))
}
