// Command accept-interfaces shows the two halves of one guideline. A
// function that only reads should accept io.Reader, so any source works.
// A constructor should return its concrete type, so callers keep every
// method and decide for themselves which interface they need.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing/iotest"
)

// countLines accepts the smallest interface that does the job.
func countLines(r io.Reader) (int, error) {
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
	}
	return n, sc.Err()
}

// Cache is a concrete type with more methods than any one caller needs.
// Create one with NewCache.
type Cache struct {
	data         map[string]string
	hits, misses int
}

// NewCache returns *Cache, not an interface.
func NewCache() *Cache {
	return &Cache{data: make(map[string]string)}
}

// Get returns the value for key and records a hit or a miss.
func (c *Cache) Get(key string) (string, bool) {
	v, ok := c.data[key]
	if ok {
		c.hits++
	} else {
		c.misses++
	}
	return v, ok
}

// Set stores value under key.
func (c *Cache) Set(key, value string) { c.data[key] = value }

// Stats reports hits and misses; only callers that hold *Cache see it.
func (c *Cache) Stats() (hits, misses int) { return c.hits, c.misses }

// getter is what greet needs, declared by greet's package, not Cache's.
type getter interface {
	Get(key string) (string, bool)
}

func greet(names getter, id string) string {
	name, ok := names.Get(id)
	if !ok {
		return "Hello, stranger"
	}
	return "Hello, " + name
}

// fixed is a test double: a map with a Get method satisfies getter too.
type fixed map[string]string

func (f fixed) Get(key string) (string, bool) {
	v, ok := f[key]
	return v, ok
}

func main() {
	sources := []struct {
		name string
		r    io.Reader
	}{
		{"strings.Reader", strings.NewReader("a\nb\nc\n")},
		{"bytes.Buffer", bytes.NewBufferString("one line")},
		{"one byte at a time", iotest.OneByteReader(strings.NewReader("x\ny\n"))},
	}
	for _, s := range sources {
		n, err := countLines(s.r)
		fmt.Printf("%-19s %d lines, err=%v\n", s.name+":", n, err)
	}

	users := NewCache()
	users.Set("u1", "Ada")
	fmt.Println(greet(users, "u1"))
	fmt.Println(greet(users, "u2"))
	hits, misses := users.Stats() // possible because NewCache returned *Cache
	fmt.Println("hits:", hits, "misses:", misses)

	fmt.Println(greet(fixed{"u2": "Grace"}, "u2"))
}
