// Command zero-value-apis tries the zero value of several types, from the
// standard library and our own, and reports which ones work without a
// constructor.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"time"
)

// Registry maps names to ports. The zero value is ready to use: Add makes
// the map on first use, under the lock.
type Registry struct {
	mu    sync.Mutex
	ports map[string]int
}

// Add records the port for name.
func (r *Registry) Add(name string, port int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.ports == nil {
		r.ports = make(map[string]int)
	}
	r.ports[name] = port
}

// Table is the same idea without the lazy map: its zero value is a trap.
type Table struct {
	ports map[string]int
}

// Add records the port for name, and panics on a zero Table.
func (t *Table) Add(name string, port int) { t.ports[name] = port }

// try runs f on a fresh zero value and reports whether it worked.
func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%-16s panics: %v\n", what, r)
		}
	}()
	f()
	fmt.Printf("%-16s works\n", what)
}

func main() {
	try("bytes.Buffer", func() { var b bytes.Buffer; b.WriteString("ok") })
	try("strings.Builder", func() { var b strings.Builder; b.WriteString("ok") })
	try("sync.Mutex", func() { var mu sync.Mutex; mu.Lock(); mu.Unlock() })
	try("sync.Once", func() { var once sync.Once; once.Do(func() {}) })
	try("time.Timer", func() { var t time.Timer; t.Stop() })
	try("Registry", func() { var r Registry; r.Add("api", 8080) })
	try("Table", func() { var t Table; t.Add("api", 8080) })
}
