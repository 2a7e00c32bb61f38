package loglevel

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
)

func TestLevelValues(t *testing.T) {
	tests := []struct {
		name  string
		level Level
		want  int
	}{
		{"Debug", Debug, -1},
		{"Info", Info, 0},
		{"Warn", Warn, 1},
		{"Error", Error, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := int(tt.level); got != tt.want {
				t.Errorf("int(%s) = %d, want %d", tt.name, got, tt.want)
			}
		})
	}
	t.Run("zero value is Info", func(t *testing.T) {
		var l Level
		if l != Info {
			t.Errorf("var l Level; l = %d, want Info (%d)", int(l), int(Info))
		}
	})
}

func TestString(t *testing.T) {
	tests := []struct {
		level Level
		want  string
	}{
		{Debug, "DEBUG"},
		{Info, "INFO"},
		{Warn, "WARN"},
		{Error, "ERROR"},
		{Level(3), "Level(3)"},
		{Level(42), "Level(42)"},
		{Level(-2), "Level(-2)"},
		{Level(-100), "Level(-100)"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := tt.level.String(); got != tt.want {
				t.Errorf("Level(%d).String() = %q, want %q", int(tt.level), got, tt.want)
			}
		})
	}
}

func TestFormatting(t *testing.T) {
	// fmt calls String for %v and %s, but %d prints the number. This only
	// works for a plain Level value if String has a value receiver.
	tests := []struct {
		name   string
		format string
		level  Level
		want   string
	}{
		{"%v uses String", "%v", Warn, "WARN"},
		{"%s uses String", "%s", Error, "ERROR"},
		{"%d prints the number", "%d", Debug, "-1"},
		{"%v of an invalid level", "%v", Level(7), "Level(7)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := fmt.Sprintf(tt.format, tt.level); got != tt.want {
				t.Errorf("fmt.Sprintf(%q, Level(%d)) = %q, want %q", tt.format, int(tt.level), got, tt.want)
			}
		})
	}
}

func TestValid(t *testing.T) {
	tests := []struct {
		level Level
		want  bool
	}{
		{Level(-2), false},
		{Debug, true},
		{Info, true},
		{Warn, true},
		{Error, true},
		{Level(3), false},
		{Level(42), false},
	}
	for _, tt := range tests {
		t.Run(strconv.Itoa(int(tt.level)), func(t *testing.T) {
			if got := tt.level.Valid(); got != tt.want {
				t.Errorf("Level(%d).Valid() = %t, want %t", int(tt.level), got, tt.want)
			}
		})
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want Level
	}{
		{"debug", Debug},
		{"info", Info},
		{"warn", Warn},
		{"error", Error},
		{"DEBUG", Debug},
		{"Info", Info},
		{"wArN", Warn},
		{"ERROR", Error},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := Parse(tt.in)
			if err != nil {
				t.Fatalf("Parse(%q) returned error %v, want %v", tt.in, err, tt.want)
			}
			if got != tt.want {
				t.Errorf("Parse(%q) = %v (%d), want %v (%d)", tt.in, got, int(got), tt.want, int(tt.want))
			}
		})
	}
}

func TestParseRejectsInvalid(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"empty", ""},
		{"unknown word", "verbose"},
		{"longer word", "warning"},
		{"prefix", "err"},
		{"leading space", " info"},
		{"trailing newline", "info\n"},
		{"number", "1"},
		{"String of an invalid level", "Level(42)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.in)
			if err == nil {
				t.Fatalf("Parse(%q) = %v, nil; want an error", tt.in, got)
			}
			if got != Info {
				t.Errorf("Parse(%q) returned level %v with its error, want the zero value (INFO)", tt.in, got)
			}
			if quoted := strconv.Quote(tt.in); !strings.Contains(err.Error(), quoted) {
				t.Errorf("Parse(%q) error = %q, want it to quote the input as %s", tt.in, err, quoted)
			}
		})
	}
}

func TestRoundTrip(t *testing.T) {
	for _, l := range []Level{Debug, Info, Warn, Error} {
		for _, text := range []string{l.String(), strings.ToLower(l.String())} {
			t.Run(text, func(t *testing.T) {
				got, err := Parse(text)
				if err != nil || got != l {
					t.Errorf("Parse(%q) = %v, %v; want %v, nil", text, got, err, l)
				}
			})
		}
	}
}
