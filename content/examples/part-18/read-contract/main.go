// Command read-contract shows why a Read loop must use n before it
// looks at err: a reader may return data and io.EOF together.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing/iotest"
)

// readWrong checks err first, the way many loops in other languages do.
func readWrong(r io.Reader) (string, error) {
	var sb strings.Builder
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		if err != nil {
			if err == io.EOF {
				return sb.String(), nil
			}
			return sb.String(), err
		}
		sb.Write(buf[:n])
	}
}

// readRight keeps the n bytes first, then handles err.
func readRight(r io.Reader) (string, error) {
	var sb strings.Builder
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		sb.Write(buf[:n])
		if errors.Is(err, io.EOF) {
			return sb.String(), nil
		}
		if err != nil {
			return sb.String(), err
		}
	}
}

func main() {
	const text = "hello, reader"
	// A strings.Reader returns io.EOF on the call after the last byte.
	// DataErrReader returns it together with the last bytes instead.
	// Both are allowed by the io.Reader contract.
	polite := func() io.Reader { return strings.NewReader(text) }
	eager := func() io.Reader {
		return iotest.DataErrReader(strings.NewReader(text))
	}

	s, _ := readWrong(polite())
	fmt.Printf("wrong, polite reader: %q\n", s)
	s, _ = readWrong(eager())
	fmt.Printf("wrong, eager reader:  %q\n", s)
	s, _ = readRight(eager())
	fmt.Printf("right, eager reader:  %q\n", s)

	// io.ReadAll follows the contract for you, and io.EOF is not an error.
	b, err := io.ReadAll(iotest.OneByteReader(eager()))
	fmt.Printf("io.ReadAll:           %q, err=%v\n", b, err)

	// io.ReadFull wants exactly len(buf) bytes.
	buf := make([]byte, 8)
	n, err := io.ReadFull(strings.NewReader("short"), buf)
	fmt.Printf("io.ReadFull:          n=%d err=%v\n", n, err)
}
