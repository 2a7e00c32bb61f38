package greet

import (
	"fmt"
	"testing"
)

func ExampleHello() {
	fmt.Println(Hello("Gopher"))
	// Output: Hello, Gopher!
}

func ExampleShout() {
	fmt.Println(Shout("gopher"))
	// Output: HELLO, GOPHER!!
}

func ExampleNames() {
	for _, n := range Names(map[string]bool{"ann": true, "bob": true, "cy": true}) {
		fmt.Println(n)
	}
	// Unordered output:
	// cy
	// ann
	// bob
}

// An example without an output comment is compiled but not run.
func ExampleHello_noOutput() {
	fmt.Println(Hello("nobody"))
}

func TestHello(t *testing.T) {
	if Hello("x") != "Hello, x!" {
		t.Error("Hello")
	}
}

// Benchmarks only run with -test.bench, so this one must not show up.
func BenchmarkHello(b *testing.B) {
	for b.Loop() {
		Hello("bench")
	}
}
