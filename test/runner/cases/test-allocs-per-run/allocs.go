// Package allocs has small functions whose allocation counts the tests pin
// down with testing.AllocsPerRun.
package allocs

import (
	"fmt"
	"strconv"
	"strings"
)

type point struct{ x, y int }

var sink any

// Box stores v in an interface; small integers and zero-size values are not allocated.
func Box(v int) { sink = v }

// Concat joins two strings with +.
func Concat(a, b string) string { return a + b }

// Itoa formats an integer.
func Itoa(n int) string { return strconv.Itoa(n) }

// Sprintf formats with fmt.
func Sprintf(n int) string { return fmt.Sprintf("n=%d", n) }

// Grow appends n ints to a nil slice.
func Grow(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

// Prealloc appends n ints to a slice made with capacity n.
func Prealloc(n int) []int {
	s := make([]int, 0, n)
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

// Escape returns a pointer to a local, which moves it to the heap.
func Escape() *point { return &point{1, 2} }

// NoEscape uses a local by value.
func NoEscape() int { p := point{1, 2}; return p.x + p.y }

// Upper calls strings.ToUpper (no allocation when already upper case).
func Upper(s string) string { return strings.ToUpper(s) }

// MapInsert fills a map of n entries.
func MapInsert(n int) map[int]int {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i] = i
	}
	return m
}

// Closure captures a variable and calls the closure through a variable.
func Closure() int {
	x := 0
	var f func()
	f = func() { x++ }
	f()
	return x
}
