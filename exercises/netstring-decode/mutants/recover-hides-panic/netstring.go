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
	defer func() {
		if r := recover(); r != nil {
			payload, rest, err = "", "", fmt.Errorf("%w: %v", ErrMalformed, r)
		}
	}()
	colon := strings.IndexByte(s, ':')
	if colon < 0 {
		return "", "", fmt.Errorf("%w: no colon after the length", ErrMalformed)
	}
	digits := s[:colon]
	if digits == "" || (len(digits) > 1 && digits[0] == '0') {
		return "", "", fmt.Errorf("%w: length %q", ErrMalformed, digits)
	}
	n := 0
	for i := 0; i < len(digits); i++ {
		c := digits[i]
		if c < '0' || c > '9' {
			return "", "", fmt.Errorf("%w: length %q", ErrMalformed, digits)
		}
		n = n*10 + int(c-'0')
	}
	start := colon + 1
	if s[start+n] != ',' {
		return "", "", fmt.Errorf("%w: no comma after %d bytes", ErrMalformed, n)
	}
	return s[start : start+n], s[start+n+1:], nil
}
