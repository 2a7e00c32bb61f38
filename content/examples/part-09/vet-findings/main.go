// Command vet-findings holds the fixed versions of the functions in
// testdata/flawed. The lesson shows go vet's report on the flawed ones.
package main

import (
	"errors"
	"fmt"
	"os"
)

type item struct {
	Name  string
	Count int
}

func describe(it item) string {
	return fmt.Sprintf("%d units of %s", it.Count, it.Name)
}

func fail(msg string) error {
	return errors.New(msg) // or fmt.Errorf("%s", msg)
}

func main() {
	fmt.Println(describe(item{Name: "mug", Count: 3}))
	fmt.Printf("saved %d items\n", 3)
	fmt.Printf("%s: %v\n", "disk", "full")
	fmt.Println(fail("100% sure"))
	err := fmt.Errorf("sync failed: %w", os.ErrDeadlineExceeded)
	fmt.Println(err, errors.Is(err, os.ErrDeadlineExceeded))
}
