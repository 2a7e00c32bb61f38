// Command zero-values prints the zero value of common types and shows a
// type designed so that its zero value is ready to use.
package main

import (
	"fmt"
	"strings"
)

type config struct {
	Name    string
	Retries int
	Verbose bool
	Tags    []string
}

// tally counts words. Its zero value is ready to use because Add creates
// the map on first use, so callers never need a constructor.
type tally struct {
	counts map[string]int
}

// Add records one occurrence of word.
func (t *tally) Add(word string) {
	if t.counts == nil {
		t.counts = make(map[string]int)
	}
	t.counts[word]++
}

// Count reports how many times word was added. Reading a nil map is safe.
func (t *tally) Count(word string) int {
	return t.counts[word]
}

func main() {
	var (
		i   int
		f   float64
		s   string
		b   bool
		p   *int
		sl  []int
		m   map[string]int
		err error
		c   config
	)
	fmt.Printf("int=%d float64=%g string=%q bool=%t\n", i, f, s, b)
	fmt.Println("nil pointer, slice, map, error:", p == nil, sl == nil, m == nil, err == nil)
	fmt.Printf("struct: %+v\n", c)

	// A nil slice behaves as an empty slice; append allocates for it.
	sl = append(sl, 1, 2)
	fmt.Println("append to nil slice:", sl, len(sl))

	// Reading a nil map gives the zero value. Writing to one would panic.
	fmt.Println("read from nil map:", m["missing"], len(m))

	// strings.Builder is a standard library type whose zero value works.
	var sb strings.Builder
	sb.WriteString("built ")
	sb.WriteString("from zero")
	fmt.Println("strings.Builder:", sb.String())

	// Our own type, used without any setup.
	var words tally
	words.Add("go")
	words.Add("go")
	fmt.Println("tally:", words.Count("go"), words.Count("rust"))
}
