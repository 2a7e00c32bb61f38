package tags

import (
	"slices"
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"one tag", "go", []string{"go"}},
		{"keeps typed order", "web, api, go", []string{"web", "api", "go"}},
		{"trims spaces", "  go ,  testing  ", []string{"go", "testing"}},
		{"trims tabs and new lines", "go,\ttesting\n,\r\nweb", []string{"go", "testing", "web"}},
		{"lower-cases", "Go, HTTP, gRPC", []string{"go", "http", "grpc"}},
		{"lower-cases non-ASCII letters", "ÜBER, Élan", []string{"über", "élan"}},
		{"drops empty tags", "go,,testing,", []string{"go", "testing"}},
		{"drops tags of only white space", "go, ,\t,testing", []string{"go", "testing"}},
		{"drops exact duplicates", "go, testing, go", []string{"go", "testing"}},
		{"duplicates differ only in case", "Go, testing, GO, go", []string{"go", "testing"}},
		{"keeps the first occurrence", "b, a, b", []string{"b", "a"}},
		{"empty input", "", nil},
		{"only commas and spaces", " , ,, ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Normalize(tt.in)
			// slices.Equal treats nil and empty alike: the README only
			// promises an empty result, not which kind of empty.
			if !slices.Equal(got, tt.want) {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
