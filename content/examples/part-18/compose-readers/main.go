// Command compose-readers builds pipelines out of small io.Readers.
package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	// MultiReader: several readers, read one after the other.
	parts := io.MultiReader(
		strings.NewReader("header\n"),
		strings.NewReader("body line 1\nbody line 2\n"),
	)

	// LimitReader: at most N bytes, then io.EOF. It cannot tell you
	// whether the source had more: it just stops.
	limited := io.LimitReader(parts, 20)

	// TeeReader: everything read through it is also written to h.
	h := sha256.New()
	tee := io.TeeReader(limited, h)

	n, err := io.Copy(os.Stdout, tee)
	fmt.Printf("\ncopied %d bytes, err=%v\n", n, err)
	fmt.Printf("sha256 of what was copied: %x\n", h.Sum(nil)[:6])

	// io.Pipe: a writer in one goroutine feeds a reader in another.
	// Nothing is buffered: each Write waits for Reads to consume it.
	pr, pw := io.Pipe()
	go func() {
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(pw, "event %d\n", i)
		}
		// CloseWithError(nil) is Close: the reader then sees io.EOF.
		pw.CloseWithError(fmt.Errorf("producer: disk full"))
	}()
	var got bytes.Buffer
	n, err = io.Copy(&got, pr)
	fmt.Printf("%q\n%d bytes, err=%v\n", got.String(), n, err)
}
