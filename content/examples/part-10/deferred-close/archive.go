package main

import (
	"compress/gzip"
	"errors"
	"fmt"
	"io"
)

// archiveBuggy drops Close's error, but gzip writes its buffered data and
// its checksum only when it is closed.
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
	_, err = zw.Write(data)
	return err
}
