// Package greet builds greetings.
package greet

// Hello greets name; it has a bug the tests below catch.
func Hello(name string) string {
	return "Hello " + name // missing comma
}
