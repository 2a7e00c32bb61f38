// Package duration parses compact durations such as "1h30m" or "45s".
package duration

import (
	"errors"
	"time"
)

// ErrInvalid is wrapped by every error that Parse returns, so callers can
// test for it with errors.Is.
var ErrInvalid = errors.New("invalid duration")

// Parse converts a duration such as "2h5m10s" into a time.Duration.
//
// The input is one or more components, each a non-negative decimal integer
// followed by a unit: h, m or s. Units appear from largest to smallest and
// at most once each, so "1h30m" is valid but "30m1h" and "1m1m" are not.
// Every error wraps ErrInvalid and quotes the input; on error the returned
// duration is 0.
func Parse(s string) (time.Duration, error) {
	// TODO: walk s one component at a time: a run of digits, then a unit.
	// Do not call time.ParseDuration.
	return 0, nil
}
