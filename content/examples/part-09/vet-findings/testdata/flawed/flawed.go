// Package flawed compiles, yet every function in it has a formatting bug
// that go vet's printf analyzer reports. main.go holds the fixed versions.
package flawed

import (
	"fmt"
	"log"
)

// Item is a line in an order.
type Item struct {
	Name  string
	Count int
}

// Describe swaps its arguments: %d gets the string.
func Describe(it Item) string {
	return fmt.Sprintf("%d units of %s", it.Name, it.Count)
}

// Saved uses Println as if it were Printf.
func Saved(n int) {
	fmt.Println("saved %d items", n)
}

// Missing forgets an argument.
func Missing(name string) {
	fmt.Printf("%s: %v\n", name)
}

// Fail passes a message as the format: a % in msg would be misread.
func Fail(msg string) error {
	return fmt.Errorf(msg)
}

// Report uses %w where nothing can be wrapped.
func Report(err error) {
	log.Printf("sync failed: %w", err)
}

// warnf is a printf wrapper; vet works that out and checks its callers.
func warnf(format string, args ...any) {
	log.Print("warning: " + fmt.Sprintf(format, args...))
}

// Retry calls the wrapper with the wrong type.
func Retry() {
	warnf("%d retries left", "three")
}
