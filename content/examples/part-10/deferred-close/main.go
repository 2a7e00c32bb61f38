// Command deferred-close shows an error that only Close reports, and a
// deferred Close that returns it instead of dropping it. This file drives
// the two functions in archive.go with a writer that runs out of space.
package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
)

// quotaWriter accepts up to limit bytes, then fails like a full disk.
type quotaWriter struct {
	limit int
	buf   bytes.Buffer
}

func (w *quotaWriter) Write(p []byte) (int, error) {
	if w.buf.Len()+len(p) > w.limit {
		return 0, errors.New("disk quota exceeded")
	}
	return w.buf.Write(p)
}

func main() {
	data := bytes.Repeat([]byte("log line\n"), 100)
	buggy, fixed := &quotaWriter{limit: 16}, &quotaWriter{limit: 16}
	fmt.Println("archiveBuggy:", archiveBuggy(buggy, data), "| bytes written:", buggy.buf.Len())
	fmt.Println("archive:", archive(fixed, data), "| bytes written:", fixed.buf.Len())
	zr, err := gzip.NewReader(&buggy.buf)
	if err == nil {
		_, err = io.ReadAll(zr)
	}
	fmt.Println("reading the buggy archive back:", err)
}
