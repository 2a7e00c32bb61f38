// Package lineprefix provides an io.Writer that starts every line it
// writes with a fixed prefix, such as "[build] " or "> ".
package lineprefix

import (
	"bytes"
	"fmt"
	"io"
)

// Writer is an io.Writer decorator: it writes everything it is given to
// another writer, inserting a prefix before the first byte of every line.
// A line starts at the beginning of the stream and after every '\n'.
type Writer struct {
	w      io.Writer
	prefix []byte
	// midLine is true when the last byte passed on was not a newline, so
	// the next byte continues a line whose prefix is already written.
	midLine bool
}

var _ io.Writer = (*Writer)(nil)

// NewWriter returns a Writer that writes to w, starting each line with
// prefix.
func NewWriter(w io.Writer, prefix string) *Writer {
	return &Writer{w: w, prefix: []byte(prefix)}
}

// Write writes p to the underlying writer, inserting the prefix at the start
// of each line. Following the io.Writer contract, n counts the bytes of p
// that were written, never the prefix bytes. If the underlying writer fails,
// Write stops at once and returns its error along with the count so far.
func (pw *Writer) Write(p []byte) (n int, err error) {
	for len(p) > 0 {
		if !pw.midLine {
			if err := pw.writePrefix(); err != nil {
				return n, err
			}
			pw.midLine = true
		}

		// Pass on the rest of the current line, up to and including its
		// newline if p contains one.
		end := len(p)
		if i := bytes.IndexByte(p, '\n'); i >= 0 {
			end = i + 1
		}
		m, err := pw.w.Write(p[:end])
		n += m
		if err == nil && m < end {
			err = io.ErrShortWrite
		}
		if err != nil {
			return n, fmt.Errorf("lineprefix: %v", err)
		}
		if p[end-1] == '\n' {
			pw.midLine = false
		}
		p = p[end:]
	}
	return n, nil
}

// writePrefix writes the whole prefix or returns an error.
func (pw *Writer) writePrefix() error {
	if len(pw.prefix) == 0 {
		return nil
	}
	m, err := pw.w.Write(pw.prefix)
	if err == nil && m < len(pw.prefix) {
		err = io.ErrShortWrite
	}
	return err
}
