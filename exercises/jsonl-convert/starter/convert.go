// Package convert turns lines of text into JSON Lines, streaming.
package convert

import (
	"errors"
	"io"
)

// ErrLineTooLong is wrapped by the error Convert returns for a line
// longer than the limit.
var ErrLineTooLong = errors.New("line too long")

// Record is one output line.
type Record struct {
	Line int    `json:"line"`
	Text string `json:"text"`
}

// Convert reads lines of text from r and writes each to w as a Record
// in JSON, one per line. A line may hold at most maxLine bytes, not
// counting its "\n" or "\r\n". It returns the number of records written.
func Convert(w io.Writer, r io.Reader, maxLine int) (int, error) {
	// TODO: read line by line, stop at a line over maxLine, and write
	// every record before returning.
	return 0, nil
}
