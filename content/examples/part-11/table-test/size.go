// Package size parses human-written sizes such as "512", "10KB" or "2MiB".
package size

import (
	"fmt"
	"strconv"
	"strings"
)

var units = []struct {
	suffix string
	factor int64
}{
	// Longest suffixes first, so "KiB" is not read as "B".
	{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"KB", 1000}, {"MB", 1000_000},
	{"B", 1},
}

// Parse returns the number of bytes s names.
func Parse(s string) (int64, error) {
	factor := int64(1)
	num := s
	for _, u := range units {
		if n, ok := strings.CutSuffix(s, u.suffix); ok {
			num, factor = n, u.factor
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("size: invalid size %q", s)
	}
	return n * factor, nil
}
