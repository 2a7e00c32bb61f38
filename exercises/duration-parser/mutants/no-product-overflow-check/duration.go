// Package duration parses compact durations such as "1h30m" or "45s".
package duration

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"time"
)

// ErrInvalid is wrapped by every error that Parse returns, so callers can
// test for it with errors.Is.
var ErrInvalid = errors.New("invalid duration")

// units lists the accepted units from largest to smallest. A duration must
// use them in this order, each at most once.
var units = []struct {
	name string
	size time.Duration
}{
	{"h", time.Hour},
	{"m", time.Minute},
	{"s", time.Second},
}

// Parse converts a duration such as "2h5m10s" into a time.Duration.
//
// The input is one or more components, each a non-negative decimal integer
// followed by a unit: h, m or s. Units appear from largest to smallest and
// at most once each, so "1h30m" is valid but "30m1h" and "1m1m" are not.
// Every error wraps ErrInvalid and quotes the input; on error the returned
// duration is 0.
func Parse(s string) (time.Duration, error) {
	if s == "" {
		return 0, fmt.Errorf("%w %q: empty input", ErrInvalid, s)
	}
	var total time.Duration
	next := 0 // index into units of the smallest unit still allowed
	rest := s
	for rest != "" {
		digits := leadingDigits(rest)
		if digits == 0 {
			return 0, fmt.Errorf("%w %q: expected a number at %q", ErrInvalid, s, rest)
		}
		numText := rest[:digits]
		rest = rest[digits:]

		unitLen := leadingNonDigits(rest)
		if unitLen == 0 {
			return 0, fmt.Errorf("%w %q: number %s has no unit", ErrInvalid, s, numText)
		}
		unit := rest[:unitLen]
		rest = rest[unitLen:]

		idx := unitIndex(unit)
		if idx < 0 {
			return 0, fmt.Errorf("%w %q: unknown unit %q (use h, m or s)", ErrInvalid, s, unit)
		}
		if idx < next {
			return 0, fmt.Errorf("%w %q: unit %q repeated or out of order (use h, m, s in that order)", ErrInvalid, s, unit)
		}
		next = idx + 1

		n, err := strconv.ParseInt(numText, 10, 64)
		if err != nil {
			return 0, fmt.Errorf("%w %q: %s%s is too large", ErrInvalid, s, numText, unit)
		}
		part := time.Duration(n) * units[idx].size
		if total > math.MaxInt64-part {
			return 0, fmt.Errorf("%w %q: total is too large", ErrInvalid, s)
		}
		total += part
	}
	return total, nil
}

// leadingDigits returns how many bytes at the start of s are ASCII digits.
func leadingDigits(s string) int {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

// leadingNonDigits returns how many bytes at the start of s are not ASCII
// digits; that run is the unit.
func leadingNonDigits(s string) int {
	i := 0
	for i < len(s) && (s[i] < '0' || s[i] > '9') {
		i++
	}
	return i
}

// unitIndex returns the position of unit in units, or -1.
func unitIndex(unit string) int {
	for i, u := range units {
		if u.name == unit {
			return i
		}
	}
	return -1
}
