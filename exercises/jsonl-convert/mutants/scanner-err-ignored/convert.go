// Package convert turns lines of text into JSON Lines, streaming.
package convert

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
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
	sc := bufio.NewScanner(r)
	// The buffer must hold a line of maxLine bytes plus its "\r\n".
	limit := maxLine + 2
	sc.Buffer(make([]byte, 0, min(limit, 4096)), limit)

	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	n := 0
	var err error
	for sc.Scan() {
		if len(sc.Bytes()) > maxLine {
			err = tooLong(n + 1)
			break
		}
		if err = enc.Encode(Record{Line: n + 1, Text: sc.Text()}); err != nil {
			break
		}
		n++
	}
	// Flush even after an error: the records before it are good.
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	return n, err
}

func tooLong(line int) error {
	return fmt.Errorf("line %d: %w", line, ErrLineTooLong)
}
