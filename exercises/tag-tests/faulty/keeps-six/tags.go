// Package tags cleans up the tags a user types into a form field.
package tags

import "strings"

// MaxTags is how many tags Normalize keeps at most.
const MaxTags = 5

// Normalize splits s at commas and returns the tags it names, cleaned up:
// white space around each tag removed, lower-cased, empty tags dropped, and
// each tag kept once, where it first appears, in the order the user typed
// them. It keeps the first MaxTags distinct tags and drops the rest. When s
// names no tag, the result is empty.
func Normalize(s string) []string {
	var tags []string
	seen := make(map[string]bool)
	for _, part := range strings.Split(s, ",") {
		tag := strings.ToLower(strings.TrimSpace(part))
		if tag == "" || seen[tag] {
			continue
		}
		if len(tags) > MaxTags {
			break
		}
		seen[tag] = true
		tags = append(tags, tag)
	}
	return tags
}
