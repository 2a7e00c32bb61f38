//go:build !vetdemo

package main

// main stands in for main.go in builds without -tags=vetdemo, so that
// go vet ./... over all the course's examples stays clean.
func main() {}
