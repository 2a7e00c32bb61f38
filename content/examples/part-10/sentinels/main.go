// Command sentinels shows what a sentinel error is: one package-level value
// that callers recognise by identity, directly or through wrapping.
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
	// Same text, two values: errors are compared by identity, not by text.
	a, b := errors.New("boom"), errors.New("boom")
	fmt.Println("same text, a == b:", a == b)

	_, err := stock("kettle")
	fmt.Println(err)
	fmt.Println("  err == ErrNotFound:", err == ErrNotFound)
	fmt.Println("  errors.Is(err, ErrNotFound):", errors.Is(err, ErrNotFound))

	// io.EOF is documented to be returned bare, so == is correct for it.
	r := strings.NewReader("hi")
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		fmt.Printf("read %d, err == io.EOF: %t\n", n, err == io.EOF)
		if err != nil {
			break
		}
	}

	// Standard library sentinels arrive wrapped in richer errors.
	fsys := fstest.MapFS{"app.yaml": {Data: []byte("port: 80")}}
	_, err = fsys.Open("db.yaml")
	fmt.Println(err)
	fmt.Println("  errors.Is(err, fs.ErrNotExist):", errors.Is(err, fs.ErrNotExist))
	fmt.Println("  err == fs.ErrNotExist:", err == fs.ErrNotExist)
}
