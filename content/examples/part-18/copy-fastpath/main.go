// Command copy-fastpath shows io.Copy choosing WriterTo or ReaderFrom
// when one side has it, and its 32 KiB buffer when neither does.
package main

import (
	"fmt"
	"io"
	"strings"
)

// sizes records the length of every Write call it receives.
type sizes struct{ calls []int }

func (s *sizes) Write(p []byte) (int, error) {
	s.calls = append(s.calls, len(p))
	return len(p), nil
}

// onlyReader hides every method but Read, as many wrappers do.
type onlyReader struct{ io.Reader }

func main() {
	data := strings.Repeat("x", 100_000)

	// *strings.Reader implements io.WriterTo: io.Copy calls
	// src.WriteTo(dst), which writes the rest in one call.
	var a sizes
	io.Copy(&a, strings.NewReader(data))
	fmt.Println("WriterTo:    ", a.calls)

	// Behind a wrapper, io.Copy falls back to its own buffer.
	var b sizes
	io.Copy(&b, onlyReader{strings.NewReader(data)})
	fmt.Println("plain Read:  ", b.calls)

	// io.CopyBuffer lets you choose that buffer's size.
	var c sizes
	buf := make([]byte, 40_000)
	io.CopyBuffer(&c, onlyReader{strings.NewReader(data)}, buf)
	fmt.Println("CopyBuffer:  ", c.calls)

	// A short write with a nil error is a broken Writer, and
	// io.Copy reports it as io.ErrShortWrite.
	_, err := io.Copy(halfWriter{}, strings.NewReader("abcd"))
	fmt.Println("short write: ", err)
}

// halfWriter breaks the contract: it accepts half of p, no error.
type halfWriter struct{}

func (halfWriter) Write(p []byte) (int, error) { return len(p) / 2, nil }
