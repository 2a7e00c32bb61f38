package client

import (
	"errors"
	"strings"
	"testing"
	"time"
)

const url = "https://api.example.com"

// settings is what a Client reports through its accessors. The fields are
// exported so that %+v prints durations as "1s" rather than nanoseconds.
type settings struct {
	BaseURL   string
	Timeout   time.Duration
	Retries   int
	UserAgent string
}

func settingsOf(c *Client) settings {
	return settings{c.BaseURL(), c.Timeout(), c.Retries(), c.UserAgent()}
}

var defaults = settings{url, DefaultTimeout, DefaultRetries, DefaultUserAgent}

func TestDocumentedDefaults(t *testing.T) {
	if DefaultTimeout != 10*time.Second || DefaultRetries != 3 || DefaultUserAgent != "gomastery-client/1.0" || MaxRetries != 10 {
		t.Fatalf("the documented constants were changed: DefaultTimeout=%v DefaultRetries=%d DefaultUserAgent=%q MaxRetries=%d",
			DefaultTimeout, DefaultRetries, DefaultUserAgent, MaxRetries)
	}
}

func TestNewAppliesOptions(t *testing.T) {
	tests := []struct {
		name string
		opts []Option
		want settings
	}{
		{"no options gives the defaults", nil, defaults},
		{"timeout", []Option{WithTimeout(250 * time.Millisecond)}, settings{url, 250 * time.Millisecond, 3, DefaultUserAgent}},
		{"smallest positive timeout", []Option{WithTimeout(time.Nanosecond)}, settings{url, time.Nanosecond, 3, DefaultUserAgent}},
		{"zero retries is a real choice", []Option{WithRetries(0)}, settings{url, DefaultTimeout, 0, DefaultUserAgent}},
		{"maximum retries", []Option{WithRetries(MaxRetries)}, settings{url, DefaultTimeout, MaxRetries, DefaultUserAgent}},
		{"user agent", []Option{WithUserAgent("billing/2.3")}, settings{url, DefaultTimeout, 3, "billing/2.3"}},
		{
			"all options together",
			[]Option{WithUserAgent("ops-cli"), WithRetries(7), WithTimeout(2 * time.Minute)},
			settings{url, 2 * time.Minute, 7, "ops-cli"},
		},
		{
			"later options override earlier ones",
			[]Option{WithRetries(1), WithTimeout(time.Second), WithRetries(5), WithTimeout(3 * time.Second)},
			settings{url, 3 * time.Second, 5, DefaultUserAgent},
		},
		{"nil options are skipped", []Option{nil, WithRetries(2), nil}, settings{url, DefaultTimeout, 2, DefaultUserAgent}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := New(url, tt.opts...)
			if err != nil {
				t.Fatalf("New(%q, ...) returned error %v, want nil", url, err)
			}
			if c == nil {
				t.Fatalf("New(%q, ...) returned a nil *Client and no error", url)
			}
			if got := settingsOf(c); got != tt.want {
				t.Errorf("New(%q, ...) settings = %+v, want %+v", url, got, tt.want)
			}
		})
	}
}

func TestNewRejectsInvalidValues(t *testing.T) {
	tests := []struct {
		name    string
		baseURL string
		opts    []Option
		mention string // the error must name this
		mustNot string // and must not name this, if set
	}{
		{"zero timeout", url, []Option{WithTimeout(0)}, "WithTimeout", ""},
		{"negative timeout", url, []Option{WithTimeout(-time.Second)}, "WithTimeout", ""},
		{"negative retries", url, []Option{WithRetries(-1)}, "WithRetries", ""},
		{"too many retries", url, []Option{WithRetries(MaxRetries + 1)}, "WithRetries", ""},
		{"empty user agent", url, []Option{WithUserAgent("")}, "WithUserAgent", ""},
		{"blank user agent", url, []Option{WithUserAgent(" \t")}, "WithUserAgent", ""},
		{"empty base URL", "", nil, "baseURL", ""},
		{"blank base URL", "   ", nil, "baseURL", ""},
		{"base URL is checked before options", "", []Option{WithRetries(-1)}, "baseURL", "WithRetries"},
		{
			"the first invalid option is reported",
			url, []Option{WithUserAgent("ok"), WithRetries(99), WithTimeout(-1)},
			"WithRetries", "WithTimeout",
		},
		{
			"a later valid option does not excuse an earlier invalid one",
			url, []Option{WithTimeout(0), WithTimeout(time.Second)},
			"WithTimeout", "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := New(tt.baseURL, tt.opts...)
			if err == nil {
				t.Fatalf("New(%q, ...) = %+v, nil; want an error naming %s", tt.baseURL, settingsOf(c), tt.mention)
			}
			if c != nil {
				t.Errorf("New(%q, ...) returned a non-nil *Client with error %q; want nil", tt.baseURL, err)
			}
			if !errors.Is(err, ErrInvalidConfig) {
				t.Errorf("New(%q, ...) error %q does not wrap ErrInvalidConfig", tt.baseURL, err)
			}
			if !strings.Contains(err.Error(), tt.mention) {
				t.Errorf("New(%q, ...) error = %q, want it to name %s", tt.baseURL, err, tt.mention)
			}
			if tt.mustNot != "" && strings.Contains(err.Error(), tt.mustNot) {
				t.Errorf("New(%q, ...) error = %q, want only the first problem, not %s", tt.baseURL, err, tt.mustNot)
			}
		})
	}
}

func TestClientsDoNotShareSettings(t *testing.T) {
	custom := []Option{WithTimeout(time.Second), WithRetries(9), WithUserAgent("first")}
	tests := []struct {
		name  string
		build func(t *testing.T) (*Client, error)
		want  settings
	}{
		{"a client with options", func(*testing.T) (*Client, error) { return New(url, custom...) }, settings{url, time.Second, 9, "first"}},
		{"then a client without options still gets the defaults", func(*testing.T) (*Client, error) { return New(url) }, defaults},
		{"then the same option values again", func(*testing.T) (*Client, error) { return New(url, custom...) }, settings{url, time.Second, 9, "first"}},
		{"a failed New does not change the defaults", func(t *testing.T) (*Client, error) {
			if _, err := New(url, WithRetries(4), WithTimeout(-1)); err == nil {
				t.Errorf("New with WithTimeout(-1) returned no error")
			}
			return New(url)
		}, defaults},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := tt.build(t)
			if err != nil {
				t.Fatalf("New returned error %v, want nil", err)
			}
			if got := settingsOf(c); got != tt.want {
				t.Errorf("settings = %+v, want %+v", got, tt.want)
			}
		})
	}
}
