// Command zero-values-everywhere prints the zero value of every kind of
// type, then shows the places a zero value appears without being written.
package main

import "fmt"

type point struct{ X, Y int }

type account struct {
	Owner   string
	Balance int64
	Tags    []string
	Limits  map[string]int
	Home    *point
	Origin  point // a struct field is a whole value, zeroed recursively
	OnClose func()
}

// split has named results, which start at their zero values.
func split(s string) (head string, n int, ok bool) {
	if s == "" {
		return // returns "", 0, false
	}
	return s[:1], len(s), true
}

func main() {
	var (
		b    bool
		i    int
		u8   uint8
		f    float64
		c    complex128
		s    string
		r    rune
		p    *int
		sl   []int
		m    map[string]int
		ch   chan int
		fn   func()
		e    error
		a    any
		arr  [3]int
		pt   point
		acct account
	)
	fmt.Printf("bool %v, int %v, uint8 %v, float64 %v, complex128 %v\n", b, i, u8, f, c)
	fmt.Printf("string %q, rune %v\n", s, r)
	fmt.Println("nil pointer, slice, map, chan, func:", p == nil, sl == nil, m == nil, ch == nil, fn == nil)
	fmt.Println("nil interfaces:", e == nil, a == nil)
	fmt.Printf("array %v, struct %+v\n", arr, pt)
	fmt.Printf("nested struct %+v\n", acct)
	// %v prints a nil slice as [] and a nil map as map[]; %#v shows the nil.
	fmt.Printf("with %%#v: %#v %#v\n", acct.Tags, acct.Limits)

	// Zero values you never wrote down:
	names := make([]string, 3) // make zeroes every element
	fmt.Printf("make: %q\n", names)

	ptr := new(point) // new allocates a zeroed variable
	fmt.Printf("new: %+v\n", *ptr)

	stock := map[string]int{"apples": 5}
	fmt.Println("missing map key:", stock["pears"])

	var anything any = "text"
	num, isInt := anything.(int) // failed comma-ok assertion
	fmt.Println("failed assertion:", num, isInt)

	done := make(chan int)
	close(done)
	v, open := <-done // receive from a closed channel
	fmt.Println("closed channel:", v, open)

	head, n, ok := split("")
	fmt.Printf("named results: %q %d %t\n", head, n, ok)
}
