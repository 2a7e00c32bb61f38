// Package dedupe removes repeated values from slices without touching the
// caller's data.
package dedupe

import "strings"

// Strings returns the distinct elements of in, in the order of their first
// occurrence. Comparison is exact: "Go" and "go" are different.
//
// The result never shares memory with in, so neither writing to it nor
// appending to it can change the caller's slice, and in itself is never
// modified. A nil input gives a nil result and an empty input an empty,
// non-nil result, so both encode to JSON the way the input did.
func Strings(in []string) []string {
	if in == nil {
		return nil
	}
	out := make([]string, 0, len(in))
	seen := make(map[string]struct{}, len(in))
	for _, s := range in {
		key := strings.TrimSpace(s)
		if _, dup := seen[key]; dup {
			continue
		}
		seen[key] = struct{}{}
		out = append(out, s)
	}
	return out
}
