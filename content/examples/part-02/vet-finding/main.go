//go:build vetdemo

// Command vet-finding compiles and runs, yet contains a bug that go vet
// reports. The build constraint above keeps this file out of normal builds
// of the course's examples (clean.go stands in for it there), so the
// example's command opts in with -tags=vetdemo.
package main

import "fmt"

// request is what a handler logs about one request.
type request struct {
	id     int
	path   string
	status int
}

func main() {
	r := request{id: 42, path: "/orders", status: 200}
	// %s expects a string; r.id is an int. The program still runs and
	// prints "request %!s(int=42) ...": the mistake shows up only at run
	// time, in a log line nobody reads until an incident.
	fmt.Printf("request %s %s -> %d\n", r.id, r.path, r.status)
}
