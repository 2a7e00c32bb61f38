// Package convert turns lines of text into JSON Lines, streaming.
package convert

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
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
	data, rerr := io.ReadAll(r)
	s := string(data)
	if rerr == nil && s == "" {
		return 0, nil
	}
	if rerr != nil {
		// Keep only the complete lines read before the error.
		s = s[:strings.LastIndex(s, "\n")+1]
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	n := 0
	var err error
	if s != "" {
		for _, line := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
			text := strings.TrimSuffix(line, "\r")
			if len(text) > maxLine {
				err = tooLong(n + 1)
				break
			}
			if err = enc.Encode(Record{Line: n + 1, Text: text}); err != nil {
				break
			}
			n++
		}
	}
	if err == nil {
		err = rerr
	}
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	return n, err
}

func tooLong(line int) error {
	return fmt.Errorf("line %d: %w", line, ErrLineTooLong)
}
