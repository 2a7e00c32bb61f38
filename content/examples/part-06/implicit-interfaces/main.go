// Command implicit-interfaces shows a consumer declaring the one method it
// needs, and three unrelated types satisfying it without saying so.
package main

import (
	"fmt"
	"strings"
)

// MemoryStore is a provider with a wide API. It mentions no interface.
type MemoryStore struct{ data map[string]string }

func (s *MemoryStore) Get(key string) (string, bool) {
	v, ok := s.data[key]
	return v, ok
}
func (s *MemoryStore) Set(key, value string) { s.data[key] = value }
func (s *MemoryStore) Delete(key string)     { delete(s.data, key) }

// nameLookup is declared by the consumer, next to the code that uses it,
// and asks for exactly what greeting needs: one method.
type nameLookup interface {
	Get(key string) (string, bool)
}

func greeting(names nameLookup, user string) string {
	if name, ok := names.Get(user); ok {
		return "Hello, " + name
	}
	return "Hello, stranger"
}

// fixedNames is the kind of stub a test would use: a map with one method.
type fixedNames map[string]string

func (f fixedNames) Get(key string) (string, bool) {
	v, ok := f[key]
	return v, ok
}

// lookupFunc adapts an ordinary function, the same trick as http.HandlerFunc.
type lookupFunc func(string) (string, bool)

func (f lookupFunc) Get(key string) (string, bool) { return f(key) }

func main() {
	store := &MemoryStore{data: map[string]string{}}
	store.Set("u1", "Ada")
	shout := lookupFunc(func(key string) (string, bool) { return strings.ToUpper(key), true })

	for _, names := range []nameLookup{store, fixedNames{"u1": "Grace"}, shout} {
		fmt.Printf("%-18T %s\n", names, greeting(names, "u1"))
	}

	// An interface value is a pair: a dynamic type and a value of that type.
	var names nameLookup
	fmt.Printf("zero interface: type %T, nil? %t\n", names, names == nil)
	names = store
	fmt.Printf("after assignment: type %T, nil? %t\n", names, names == nil)
	fmt.Println("missing key:", greeting(names, "u2"))
}
