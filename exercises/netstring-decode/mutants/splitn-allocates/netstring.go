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
// the input after it. It never panics: any input that is not a netstring
// gets an error wrapping ErrMalformed, with an empty payload and rest.
func Decode(s string) (payload, rest string, err error) {
	parts := strings.SplitN(s, ":", 2)
	if len(parts) < 2 {
		return "", "", fmt.Errorf("%w: no colon after the length", ErrMalformed)
	}
	digits := parts[0]
	colon := len(digits)
	if digits == "" || (len(digits) > 1 && digits[0] == '0') {
		return "", "", fmt.Errorf("%w: length %q", ErrMalformed, digits)
	}
	n := 0
	avail := len(s) - colon - 1 // bytes after the colon
	for i := 0; i < len(digits); i++ {
		c := digits[i]
		if c < '0' || c > '9' {
			return "", "", fmt.Errorf("%w: length %q", ErrMalformed, digits)
		}
		n = n*10 + int(c-'0')
		// Stop before n can overflow: it must fit the input anyway.
		if n > avail {
			return "", "", fmt.Errorf("%w: length %s exceeds the input", ErrMalformed, digits)
		}
	}
	// n <= avail, so start+n <= len(s) and nothing below can overflow.
	start := colon + 1
	if n == avail || s[start+n] != ',' {
		return "", "", fmt.Errorf("%w: no comma after %d bytes", ErrMalformed, n)
	}
	return s[start : start+n], s[start+n+1:], nil
}
