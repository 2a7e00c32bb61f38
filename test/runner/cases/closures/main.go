package main

import (
	"fmt"
	"strings"
)

func counter() (inc func() int, get func() int) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

func compose(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	inc, get := counter()
	inc()
	inc()
	fmt.Println(inc(), get())

	other, _ := counter()
	fmt.Println(other(), get())

	shout := compose(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(shout("  hello "))

	f := fib()
	var fibs []int
	for range 10 {
		fibs = append(fibs, f())
	}
	fmt.Println(fibs)

	// Deferred closures see the final value of captured variables.
	x := 1
	defer fmt.Println("deferred arg evaluated early:", x)
	defer func() { fmt.Println("deferred closure sees:", x) }()
	x = 2

	// Recursive closure needs a declared variable.
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))

	// Method values bind the receiver.
	var sb strings.Builder
	write := sb.WriteString
	write("bound ")
	write("method")
	fmt.Println(sb.String())
}
