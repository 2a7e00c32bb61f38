//go:build debug

package main

// debugMode is a constant, so the compiler removes code guarded by
// if debugMode from builds without the tag.
const debugMode = true

func describe() string { return "built with -tags=debug: debug_on.go was compiled" }
