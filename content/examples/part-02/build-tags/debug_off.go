//go:build !debug

package main

const debugMode = false

func describe() string { return "built without the debug tag: debug_off.go was compiled" }
