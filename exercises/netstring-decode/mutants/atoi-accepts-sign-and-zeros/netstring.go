// Package netstring encodes and decodes netstrings: a length in decimal,
// a colon, that many bytes of payload and a comma, as in "5:hello,".
package netstring

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// ErrMalformed is wrapped by every error Decode returns.
var ErrMalformed = errors.New("malformed netstring")

// Encode returns payload as one netstring.
func Encode(payload string) string {
	return strconv.Itoa(len(payload)) + ":" + payload + ","
}

// Decode reads the netstring at the start of s and returns its payload and
// the input after it.
func Decode(s string) (payload, rest string, err error) {
	colon := strings.IndexByte(s, ':')
	if colon < 0 {
		return "", "", fmt.Errorf("%w: no colon after the length", ErrMalformed)
	}
	n, err := strconv.Atoi(s[:colon])
	if err != nil {
		return "", "", fmt.Errorf("%w: length %q", ErrMalformed, s[:colon])
	}
	start := colon + 1
	if n < 0 || n > len(s)-start-1 {
		return "", "", fmt.Errorf("%w: length %d exceeds the input", ErrMalformed, n)
	}
	if s[start+n] != ',' {
		return "", "", fmt.Errorf("%w: no comma after %d bytes", ErrMalformed, n)
	}
	return s[start : start+n], s[start+n+1:], nil
}
