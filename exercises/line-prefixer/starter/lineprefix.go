// Package lineprefix provides an io.Writer that starts every line it
// writes with a fixed prefix, such as "[build] " or "> ".
package lineprefix

import "io"

// Writer is an io.Writer decorator: it writes everything it is given to
// another writer, inserting a prefix before the first byte of every line.
// A line starts at the beginning of the stream and after every '\n'.
type Writer struct {
	w      io.Writer
	prefix []byte
	// TODO: a line can be split across several calls to Write. What do you
	// need to remember between calls?
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
	// TODO: write the prefix before the first byte of every line, pass the
	// bytes of p on, and count only the bytes of p.
	return 0, nil
}
