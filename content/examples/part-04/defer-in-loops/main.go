// Command defer-in-loops shows why defer inside a loop holds every resource
// until the whole function returns, and the usual fix: move the body of the
// loop into its own function.
package main

import "fmt"

// resource stands in for a file or a connection.
type resource struct{ name string }

var open int // how many resources are open right now

func acquire(name string) *resource {
	open++
	fmt.Printf("  open %s (open: %d)\n", name, open)
	return &resource{name}
}

func (r *resource) Close() {
	open--
	fmt.Printf("  close %s (open: %d)\n", r.name, open)
}

// processAll defers inside the loop: nothing closes until it returns.
func processAll(names []string) {
	for _, n := range names {
		r := acquire(n)
		defer r.Close()
		fmt.Printf("  process %s\n", r.name)
	}
	fmt.Println("  loop finished, still open:", open)
}

// processOne owns one resource, so its defer runs at the end of each item.
func processOne(name string) {
	r := acquire(name)
	defer r.Close()
	fmt.Printf("  process %s\n", r.name)
}

func main() {
	names := []string{"a.log", "b.log", "c.log"}
	fmt.Println("defer in the loop:")
	processAll(names)
	fmt.Println("one function per item:")
	for _, n := range names {
		processOne(n)
	}
}
