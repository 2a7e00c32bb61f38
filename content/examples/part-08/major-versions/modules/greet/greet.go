// Package greet is version 1 of a small greeting library.
package greet

// Hello greets name in English.
func Hello(name string) string {
	return "Hello, " + name + "!"
}
