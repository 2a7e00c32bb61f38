// Command deferred-close shows an error that only Close reports, and how a
// deferred Close can return it instead of dropping it.
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

// archiveBuggy drops Close's error. gzip buffers compressed data and writes
// the rest, plus its checksum, only when it is closed.
func archiveBuggy(w io.Writer, data []byte) error {
	zw := gzip.NewWriter(w)
	defer zw.Close()
	_, err := zw.Write(data)
	return err
}

// archive joins Close's error into the named result.
func archive(w io.Writer, data []byte) (err error) {
	zw := gzip.NewWriter(w)
	defer func() {
		if cerr := zw.Close(); cerr != nil {
			err = errors.Join(err, fmt.Errorf("close archive: %w", cerr))
		}
	}()
	if _, err := zw.Write(data); err != nil {
		return fmt.Errorf("compress: %w", err)
	}
	return nil
}

func check(archived []byte) error {
	zr, err := gzip.NewReader(bytes.NewReader(archived))
	if err != nil {
		return err
	}
	_, err = io.ReadAll(zr)
	return err
}

func main() {
	data := bytes.Repeat([]byte("log line\n"), 100)
	for _, f := range []struct {
		name string
		fn   func(io.Writer, []byte) error
	}{{"archiveBuggy", archiveBuggy}, {"archive", archive}} {
		w := &quotaWriter{limit: 16}
		err := f.fn(w, data)
		fmt.Printf("%s: err=%v, %d bytes written, read back: %v\n",
			f.name, err, w.buf.Len(), check(w.buf.Bytes()))
	}
}
