package main

import (
	"cmp"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Number allows any type whose underlying type is one of these.
type Number interface {
	~int | ~int64 | ~float64
}

// Sum adds the values.
func Sum[T Number](vals ...T) T {
	var total T
	for _, v := range vals {
		total += v
	}
	return total
}

// Map applies f to each element.
func Map[T, U any](s []T, f func(T) U) []U {
	out := make([]U, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

// MaxOf returns the largest element or an error for an empty slice.
func MaxOf[T cmp.Ordered](s []T) (T, error) {
	var zero T
	if len(s) == 0 {
		return zero, errors.New("empty slice")
	}
	m := s[0]
	for _, v := range s[1:] {
		m = max(m, v)
	}
	return m, nil
}

// Stack is a generic LIFO.
type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

// Pop removes the top element; ok is false when empty.
func (s *Stack[T]) Pop() (v T, ok bool) {
	if len(s.items) == 0 {
		return v, false
	}
	v = s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

// Pair holds two values of any types.
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

type Meters float64

// Stringish uses a method constraint.
type Stringish interface{ String() string }

func JoinAll[T Stringish](items []T, sep string) string {
	parts := Map(items, func(t T) string { return t.String() })
	return strings.Join(parts, sep)
}

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[Meters](1, 2))
	fmt.Printf("%T\n", Sum[Meters](1))
	fmt.Println(Map([]int{1, 2, 3}, strconv.Itoa), Map([]string{"a", "bb"}, func(s string) int { return len(s) }))
	m, err := MaxOf([]string{"pear", "apple", "zucchini"})
	fmt.Println(m, err)
	_, err = MaxOf([]int{})
	fmt.Println(err)

	var st Stack[string]
	st.Push("a")
	st.Push("b")
	v, ok := st.Pop()
	fmt.Println(v, ok)
	st.Pop()
	v, ok = st.Pop()
	fmt.Printf("%q %v\n", v, ok)

	pairs := []Pair[string, int]{{"x", 1}, {"y", 2}}
	fmt.Println(JoinAll(pairs, ", "))
	fmt.Printf("%T\n", pairs[0])
	type Set map[string]struct{}
	fmt.Println(Keys(Set{"a": {}, "b": {}}))
}
