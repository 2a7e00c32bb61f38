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
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	buf := make([]byte, 4096)
	var line []byte
	n := 0
	emit := func() error {
		text := strings.TrimSuffix(string(line), "\r")
		if len(text) > maxLine {
			return tooLong(n + 1)
		}
		if err := enc.Encode(Record{Line: n + 1, Text: text}); err != nil {
			return err
		}
		n++
		line = line[:0]
		return nil
	}
	var err error
loop:
	for {
		m, rerr := r.Read(buf)
		if rerr != nil {
			if rerr != io.EOF {
				err = rerr
			}
			if len(line) > 0 && err == nil {
				err = emit()
			}
			break
		}
		for _, b := range buf[:m] {
			if b == '\n' {
				if err = emit(); err != nil {
					break loop
				}
				continue
			}
			line = append(line, b)
			if len(line) > maxLine+1 {
				err = tooLong(n + 1)
				break loop
			}
		}
	}
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	return n, err
}

func tooLong(line int) error {
	return fmt.Errorf("line %d: %w", line, ErrLineTooLong)
}
