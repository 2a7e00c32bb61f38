package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

// Count yields 0..n-1.
func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				fmt.Println("  (stopped early at", i, ")")
				return
			}
		}
	}
}

// Filter keeps the values for which keep is true.
func Filter[V any](seq iter.Seq[V], keep func(V) bool) iter.Seq[V] {
	return func(yield func(V) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

// Enumerate pairs each value with its index.
func Enumerate[V any](s []V) iter.Seq2[int, V] {
	return func(yield func(int, V) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

type List[T any] struct {
	val  T
	next *List[T]
}

// All walks the list.
func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := l; n != nil; n = n.next {
			if !yield(n.val) {
				return
			}
		}
	}
}

func main() {
	var got []int
	for i := range Count(3) {
		got = append(got, i)
	}
	fmt.Println(got)

	for i := range Count(10) {
		if i == 2 {
			break
		}
		fmt.Println("got", i)
	}

	even := Filter(Count(10), func(n int) bool { return n%2 == 0 })
	fmt.Println(slices.Collect(even))

	for i, s := range Enumerate([]string{"a", "b"}) {
		fmt.Println(i, s)
	}

	l := &List[string]{"x", &List[string]{"y", &List[string]{"z", nil}}}
	fmt.Println(slices.Collect(l.All()))

	m := map[string]int{"b": 2, "a": 1, "c": 3}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Print(k, "=", m[k], ";")
	}
	fmt.Println()

	// Pull turns a push iterator into next/stop.
	next, stop := iter.Pull(Count(3))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("pulled", v)
	}

	// Defer inside a range-over-func body runs when the enclosing function returns.
	func() {
		for i := range Count(2) {
			defer fmt.Println("deferred", i)
		}
		fmt.Println("loop done")
	}()
}
