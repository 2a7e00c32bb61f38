package duration

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestParseValid(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want time.Duration
	}{
		{"seconds only", "45s", 45 * time.Second},
		{"minutes only", "5m", 5 * time.Minute},
		{"hours only", "3h", 3 * time.Hour},
		{"hours and minutes", "1h30m", time.Hour + 30*time.Minute},
		{"all three units", "2h5m10s", 2*time.Hour + 5*time.Minute + 10*time.Second},
		{"hours and seconds, minutes skipped", "1h10s", time.Hour + 10*time.Second},
		{"zero", "0s", 0},
		{"zeros in every unit", "0h0m0s", 0},
		{"multi-digit number", "120s", 120 * time.Second},
		{"component larger than the next unit", "90m", 90 * time.Minute},
		{"leading zeros", "007s", 7 * time.Second},
		{"largest whole hours that fit", "2562047h", 2562047 * time.Hour},
		{"largest whole seconds that fit", "2562047h47m16s", 2562047*time.Hour + 47*time.Minute + 16*time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.in)
			if err != nil {
				t.Fatalf("Parse(%q) returned error %q, want %v", tt.in, err, tt.want)
			}
			if got != tt.want {
				t.Errorf("Parse(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseInvalid(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		mention string // besides the quoted input, the message must contain this
	}{
		{"empty input", "", ""},
		{"number without unit", "90", ""},
		{"trailing number without unit", "1h30", ""},
		{"unit without number", "h", ""},
		{"second unit without number", "1hm", ""},
		{"unknown unit", "2d", strconv.Quote("d")},
		{"unknown unit after a valid component", "1h5d", strconv.Quote("d")},
		{"unknown unit after two valid components", "1h30m5x", strconv.Quote("x")},
		{"unit that time.ParseDuration would accept", "5ms", strconv.Quote("ms")},
		{"upper-case unit", "10S", strconv.Quote("S")},
		{"unit repeated", "1m1m", ""},
		{"units out of order", "30m1h", ""},
		{"negative number", "-5s", ""},
		{"plus sign", "+5s", ""},
		{"fraction", "1.5h", ""},
		{"surrounding space", " 1h", ""},
		{"space between components", "1h 30m", ""},
		{"number too large for int64", "99999999999999999999s", ""},
		{"hours overflow time.Duration", "2562048h", ""},
		{"hours wrap around to a small positive value", "5124096h", ""},
		{"too large after a valid component", "1h9999999999m", ""},
		{"sum overflows time.Duration", "2562047h47m17s", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.in)
			if err == nil {
				t.Fatalf("Parse(%q) = %v, nil; want an error", tt.in, got)
			}
			if got != 0 {
				// A partial total (1h for "1h5d") looks like a real value to a
				// caller that logs the error and carries on.
				t.Errorf("Parse(%q) returned %v with its error; want 0 alongside an error, not the components parsed before the problem", tt.in, got)
			}
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("Parse(%q) error %q does not wrap ErrInvalid; build it with fmt.Errorf and %%w", tt.in, err)
			}
			msg := err.Error()
			if quoted := strconv.Quote(tt.in); !strings.Contains(msg, quoted) {
				t.Errorf("Parse(%q) error %q does not mention the input; want it to contain %s", tt.in, msg, quoted)
			}
			if tt.mention != "" && !strings.Contains(msg, tt.mention) {
				t.Errorf("Parse(%q) error %q does not name the problem; want it to contain %s", tt.in, msg, tt.mention)
			}
		})
	}
}

// quotedOrNumber matches a %q-quoted string or a run of digits.
var quotedOrNumber = regexp.MustCompile(`"(?:[^"\\]|\\.)*"|[0-9]+`)

func TestParseErrorsDiffer(t *testing.T) {
	// A single generic message for every failure is not descriptive:
	// different problems with the same input shape must read differently.
	// One input per problem the README lists: empty input, a number with no
	// unit, an unknown unit, a repeated or out-of-order unit, a unit with no
	// number, and a value too large.
	inputs := []string{"", "90", "2d", "30m1h", "h", "2562048h"}
	seen := make(map[string]string)
	for _, in := range inputs {
		_, err := Parse(in)
		if err == nil {
			t.Fatalf("Parse(%q) returned no error; want one", in)
		}
		// Compare only the explanation: remove the quoted input, then blank
		// out other quoted text and numbers, which name the details of one
		// input rather than the kind of problem.
		reason := strings.Replace(err.Error(), strconv.Quote(in), "", 1)
		reason = quotedOrNumber.ReplaceAllString(reason, "_")
		if prev, ok := seen[reason]; ok {
			t.Errorf("Parse(%q) and Parse(%q) explain their errors the same way (%q); want a reason specific to each problem", prev, in, reason)
		}
		seen[reason] = in
	}
}
