// Command cleanup attaches a runtime.AddCleanup to a wrapper around a fake file
// descriptor, drops the wrapper, and waits for the cleanup to report.
package main

import (
	"fmt"
	"runtime"
	"time"
)

// File wraps a resource the GC knows nothing about.
type File struct {
	fd   int
	name string
}

var closed = make(chan int, 1)

func Open(name string, fd int) *File {
	f := &File{fd: fd, name: name}
	// The cleanup gets the fd, not f: if it could reach f, f would stay
	// reachable forever and the cleanup would never run.
	runtime.AddCleanup(f, func(fd int) { closed <- fd }, fd)
	return f
}

func main() {
	f := Open("data.txt", 7)
	fmt.Println("opened", f.name)
	f = nil // the last reference is gone

	runtime.GC() // a cycle finds the File unreachable and queues the cleanup
	select {
	case fd := <-closed:
		fmt.Println("cleanup closed fd", fd)
	case <-time.After(time.Second):
		fmt.Println("no cleanup yet: it may run late, or never")
	}

	defer func() { fmt.Println("recovered:", recover()) }()
	g := &File{fd: 8}
	runtime.AddCleanup(g, func(*File) {}, g) // arg == ptr: caught at once
}
