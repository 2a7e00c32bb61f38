// Package client configures a small API client with functional options.
//
// New takes the one required setting, the base URL, as a parameter and
// everything else as options. With no options, a Client uses the documented
// defaults.
package client

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Defaults used when no option overrides them, and the limit on retries.
const (
	DefaultTimeout   = 10 * time.Second
	DefaultRetries   = 3
	DefaultUserAgent = "gomastery-client/1.0"
	MaxRetries       = 10
)

// ErrInvalidConfig is wrapped by every error New returns.
var ErrInvalidConfig = errors.New("invalid client configuration")

// Client holds the settings of an API client. Create one with New.
type Client struct {
	baseURL string
	cfg     config
}

// config is what options modify. It is unexported, so an Option can only
// be applied by New, never to a Client that is already in use.
type config struct {
	timeout   time.Duration
	retries   int
	userAgent string
}

// Option changes one setting. It returns an error, naming itself, when
// its value is invalid.
type Option func(*config) error

// WithTimeout sets the timeout of each request. d must be positive.
func WithTimeout(d time.Duration) Option {
	return func(c *config) error {
		if d <= 0 {
			return fmt.Errorf("WithTimeout(%v): timeout must be positive: %w", d, ErrInvalidConfig)
		}
		c.timeout = d
		return nil
	}
}

// WithRetries sets how many times a failed request is retried, from 0
// (never) to MaxRetries.
func WithRetries(n int) Option {
	return func(c *config) error {
		if n < 0 || n > MaxRetries {
			return fmt.Errorf("WithRetries(%d): retries must be between 0 and %d: %w", n, MaxRetries, ErrInvalidConfig)
		}
		c.retries = n
		return nil
	}
}

// WithUserAgent sets the User-Agent header. ua must not be blank.
func WithUserAgent(ua string) Option {
	return func(c *config) error {
		if strings.TrimSpace(ua) == "" {
			return fmt.Errorf("WithUserAgent(%q): user agent must not be blank: %w", ua, ErrInvalidConfig)
		}
		c.userAgent = ua
		return nil
	}
}

// New returns a Client for baseURL, which must not be blank. It starts
// from the defaults and applies opts in order, so a later option overrides
// an earlier one; nil options are skipped. New stops at the first invalid
// option and returns its error.
func New(baseURL string, opts ...Option) (*Client, error) {
	if strings.TrimSpace(baseURL) == "" {
		return nil, fmt.Errorf("baseURL must not be blank: %w", ErrInvalidConfig)
	}
	cfg := config{
		timeout:   DefaultTimeout,
		retries:   DefaultRetries,
		userAgent: DefaultUserAgent,
	}
	var firstErr error
	for _, opt := range opts {
		if opt == nil {
			continue
		}
		if err := opt(&cfg); err != nil {
			firstErr = err
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return &Client{baseURL: baseURL, cfg: cfg}, nil
}

// BaseURL returns the URL the client sends requests to.
func (c *Client) BaseURL() string { return c.baseURL }

// Timeout returns the timeout of each request.
func (c *Client) Timeout() time.Duration { return c.cfg.timeout }

// Retries returns how many times a failed request is retried.
func (c *Client) Retries() int { return c.cfg.retries }

// UserAgent returns the User-Agent header value.
func (c *Client) UserAgent() string { return c.cfg.userAgent }
