// Command pointers shows what a pointer is in Go: the address of a
// variable, which you create with &, new or a composite literal, and follow
// with * or, for struct fields, with a plain selector.
package main

import "fmt"

type user struct {
	Name   string
	Logins int
}

// recordLogin changes the caller's user through the pointer it was given.
func recordLogin(u *user) { u.Logins++ } // u.Logins is shorthand for (*u).Logins

// newCounter returns the address of a local variable. That is safe in Go:
// the variable lives as long as something can still reach it.
func newCounter() *int {
	n := 0
	return &n
}

// displayName treats a nil pointer as "no user", a common use of pointers
// as optional values.
func displayName(u *user) string {
	if u == nil {
		return "(anonymous)"
	}
	return u.Name
}

func main() {
	x := 10
	p := &x // p holds the address of x
	*p = 20 // writing through p writes x
	fmt.Println("x after *p = 20:", x)

	q := p // copying a pointer copies the address, not the int
	*q++
	fmt.Println("x after *q++:", x, "| p == q:", p == q)

	// Three ways to get a pointer to a new variable.
	a := new(user)            // zeroed user; new works for any type
	b := &user{Name: "Grace"} // composite literal with chosen fields
	c := new(42)              // Go 1.26: new takes an initial value
	fmt.Printf("new(user): %+v | &user{...}: %+v | new(42): %d (%T)\n", *a, *b, *c, c)

	recordLogin(b)
	recordLogin(b)
	fmt.Println(b.Name, "logged in", b.Logins, "times")

	// Each call to newCounter makes a distinct variable.
	c1, c2 := newCounter(), newCounter()
	*c1 += 5
	fmt.Println("counters:", *c1, *c2)

	var nobody *user
	fmt.Println("display names:", displayName(b), displayName(nobody))

	// Dereferencing a nil pointer panics at run time.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(nobody.Name)
	}()
}
