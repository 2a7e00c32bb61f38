package wordfreq

import (
	"maps"
	"testing"
)

func TestCount(t *testing.T) {
	tests := []struct {
		name string
		text string
		want map[string]int
	}{
		{"empty", "", map[string]int{}},
		{"single word", "go", map[string]int{"go": 1}},
		{"case folding", "Go go GO", map[string]int{"go": 3}},
		{"punctuation", "stop, look; listen!", map[string]int{"stop": 1, "look": 1, "listen": 1}},
		{"apostrophes", "don't panic", map[string]int{"don't": 1, "panic": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Count(tt.text)
			if !maps.Equal(got, tt.want) {
				t.Errorf("Count(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestCountUnicode(t *testing.T) {
	got := Count("Grüße grüße")
	if got["grüße"] != 2 {
		t.Errorf("got %v, want grüße:2", got)
	}
}
