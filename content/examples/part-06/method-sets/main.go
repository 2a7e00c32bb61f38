// Command method-sets shows which methods a value and a pointer have, when
// Go takes an address for you, and why that decides interface satisfaction.
package main

import "fmt"

// Counter has one method of each receiver kind.
type Counter struct{ n int }

// Value has a value receiver: it reads a copy, which is all it needs.
func (c Counter) Value() int { return c.n }

// Inc has a pointer receiver because it must change the caller's Counter.
func (c *Counter) Inc() { c.n++ }

type (
	valuer      interface{ Value() int }
	incrementer interface{ Inc() }
)

func main() {
	var c Counter
	c.Inc() // c is addressable, so this is shorthand for (&c).Inc()
	c.Inc()
	fmt.Println("after two calls to Inc:", c.Value())

	p := &c
	fmt.Println("value method through a pointer:", p.Value()) // (*p).Value()

	// Interface satisfaction uses method sets, not the call shorthand.
	var v valuer = c      // Counter's method set: Value
	var w valuer = p      // *Counter's method set: Value and Inc
	var i incrementer = p // a Counter value would not compile here
	i.Inc()
	fmt.Println("v holds a copy:", v.Value(), "| w shares c:", w.Value())

	// A map element is not addressable: copy it out, change it, store it back.
	m := map[string]Counter{"hits": {}}
	hits := m["hits"]
	hits.Inc()
	m["hits"] = hits
	fmt.Println("map element after copy, change, store:", m["hits"].Value())

	// A method value binds its receiver when it is evaluated.
	inc := c.Inc   // binds &c, because Inc has a pointer receiver
	val := c.Value // binds a copy of c as it is now
	inc()
	fmt.Println("after inc(): c.Value() =", c.Value(), "| val() =", val())
}
