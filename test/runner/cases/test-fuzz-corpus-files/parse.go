// Package parse reads "key=value" pairs; its fuzz tests run the seed corpus
// in testdata/fuzz as go test does without -fuzz.
package parse

import (
	"errors"
	"strings"
)

// Pair splits "key=value"; a key must not be empty.
func Pair(s string) (key, value string, err error) {
	k, v, ok := strings.Cut(s, "=")
	if !ok {
		return "", "", errors.New("missing =")
	}
	if k == "" {
		return "", "", errors.New("empty key")
	}
	return k, v, nil
}
