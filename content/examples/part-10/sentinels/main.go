// Command sentinels shows errors that callers recognise by identity.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"testing/fstest"
)

// ErrNotFound is part of the inventory package's API: callers test for it.
var ErrNotFound = errors.New("inventory: item not found")

func stock(sku string) (int, error) {
	levels := map[string]int{"mug": 3}
	n, ok := levels[sku]
	if !ok {
		return 0, fmt.Errorf("stock %q: %w", sku, ErrNotFound)
	}
	return n, nil
}

func main() {
	a, b := errors.New("boom"), errors.New("boom")
	fmt.Println("same text, a == b:", a == b)

	_, err := stock("kettle")
	fmt.Println(err)
	fmt.Println("  err == ErrNotFound:", err == ErrNotFound)
	fmt.Println("  errors.Is(err, ErrNotFound):", errors.Is(err, ErrNotFound))

	// io.Reader's contract: Read returns io.EOF itself, never wrapped.
	_, err = strings.NewReader("").Read(make([]byte, 4))
	fmt.Println("empty reader: err == io.EOF:", err == io.EOF)

	// Standard library sentinels arrive inside richer errors.
	_, err = fstest.MapFS{}.Open("db.yaml")
	fmt.Println(err)
	fmt.Println("  err == fs.ErrNotExist:", err == fs.ErrNotExist)
	fmt.Println("  errors.Is(err, fs.ErrNotExist):", errors.Is(err, fs.ErrNotExist))
}
