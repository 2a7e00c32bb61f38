// Package lib is the library being changed in the same afternoon as the
// application that uses it.
package lib

// Greeting is the function the application calls. The edit below has not
// been released: only the copy on disk has it.
func Greeting(name string) string {
	return "hello, " + name + " (from the copy of lib on disk)"
}
