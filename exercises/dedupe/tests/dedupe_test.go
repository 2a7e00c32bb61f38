package dedupe

import (
	"slices"
	"testing"
)

var cases = []struct {
	name string
	in   []string
	want []string
}{
	{"nil input gives nil", nil, nil},
	{"empty input gives empty, not nil", []string{}, []string{}},
	{"single element", []string{"go"}, []string{"go"}},
	{"no duplicates", []string{"a", "b", "c"}, []string{"a", "b", "c"}},
	{"all the same", []string{"x", "x", "x", "x"}, []string{"x"}},
	{"adjacent duplicates", []string{"a", "a", "b", "b"}, []string{"a", "b"}},
	{"first occurrence keeps its place", []string{"b", "a", "b", "c", "a"}, []string{"b", "a", "c"}},
	{"order is kept, not sorted", []string{"zeta", "alpha", "mu", "alpha"}, []string{"zeta", "alpha", "mu"}},
	{"case matters", []string{"Go", "go", "GO", "go"}, []string{"Go", "go", "GO"}},
	{"empty string is a value", []string{"", "a", "", "a"}, []string{"", "a"}},
	{"whitespace matters", []string{"a", " a", "a "}, []string{"a", " a", "a "}},
	{"multi-byte strings", []string{"日本", "🚀", "日本", "é", "🚀"}, []string{"日本", "🚀", "é"}},
	{"no Unicode normalisation", []string{"\u00e9", "e\u0301", "\u00e9"}, []string{"\u00e9", "e\u0301"}},
}

func TestStrings(t *testing.T) {
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			in := slices.Clone(tt.in)
			got := Strings(in)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Strings(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if (got == nil) != (tt.want == nil) {
				t.Errorf("Strings(%#v) = %#v, want %#v (nil and empty encode differently: null vs [])", tt.in, got, tt.want)
			}
		})
	}
}

// withSpareCapacity returns a copy of values whose backing array has four
// more slots, each holding "spare", and the full view of that array.
func withSpareCapacity(values []string) (in, full []string) {
	if values == nil {
		return nil, nil
	}
	full = make([]string, len(values)+4)
	copy(full, values)
	for i := len(values); i < len(full); i++ {
		full[i] = "spare"
	}
	return full[:len(values)], full
}

func TestStringsLeavesInputAlone(t *testing.T) {
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			in, full := withSpareCapacity(tt.in)
			before := slices.Clone(full)

			Strings(in)

			if !slices.Equal(full, before) {
				t.Errorf("Strings(%q) modified its input: backing array is %q, want %q", tt.in, full, before)
			}
		})
	}
}

func TestResultDoesNotAliasInput(t *testing.T) {
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			in, full := withSpareCapacity(tt.in)
			before := slices.Clone(full)

			out := Strings(in)
			if len(out) > 0 {
				out[0] = "written"
			}
			out = append(out, "appended", "appended")
			_ = out

			if !slices.Equal(full, before) {
				t.Errorf("writing to and appending to Strings(%q) changed the input: backing array is %q, want %q", tt.in, full, before)
			}
		})
	}
}
