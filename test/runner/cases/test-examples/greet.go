// Package greet builds greetings.
package greet

import "strings"

// Hello greets name.
func Hello(name string) string { return "Hello, " + name + "!" }

// Shout upper-cases a greeting. Bug: it forgets the exclamation mark's friend.
func Shout(name string) string { return strings.ToUpper(Hello(name)) }

// Names returns the names in a set, in no particular order.
func Names(set map[string]bool) []string {
	var out []string
	for n := range set {
		out = append(out, n)
	}
	return out
}
