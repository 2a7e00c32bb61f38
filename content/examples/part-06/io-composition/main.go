// Command io-composition reads in small chunks to show the io.Reader
// contract, then stacks a custom reader and a custom writer with io.Copy.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// upperReader wraps another reader and upper-cases ASCII letters as they
// pass through. It changes only the n bytes the inner Read filled in.
type upperReader struct{ r io.Reader }

func (u upperReader) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	for i, b := range p[:n] {
		if 'a' <= b && b <= 'z' {
			p[i] = b - 'a' + 'A'
		}
	}
	return n, err
}

// countingWriter passes writes through and counts the bytes that the
// underlying writer accepted.
type countingWriter struct {
	w     io.Writer
	bytes int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.bytes += int64(n)
	return n, err
}

func main() {
	// Read fills at most len(buf) bytes and reports how many; io.EOF comes
	// when the data is exhausted.
	r := strings.NewReader("readers stream")
	buf := make([]byte, 6)
	for {
		n, err := r.Read(buf)
		fmt.Printf("n=%d %q err=%v\n", n, buf[:n], err)
		if errors.Is(err, io.EOF) {
			break
		}
	}

	// Compose: source -> upperReader -> io.Copy -> countingWriter -> stdout and a buffer.
	var saved bytes.Buffer
	counter := &countingWriter{w: io.MultiWriter(os.Stdout, &saved)}
	src := upperReader{r: strings.NewReader("small interfaces compose\n")}
	copied, err := io.Copy(counter, src)
	if err != nil {
		fmt.Println("copy failed:", err)
		return
	}
	fmt.Println("io.Copy reported", copied, "bytes; the counter saw", counter.bytes)
	fmt.Printf("the buffer also holds %q\n", saved.String())
}
