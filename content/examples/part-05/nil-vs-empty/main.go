// Command nil-vs-empty compares a nil slice with an empty one: the same to
// len, range and append, different to == nil and to encoding/json.
package main

import (
	"encoding/json"
	"fmt"
	"slices"
)

type response struct {
	Tags    []string          `json:"tags"`
	Labels  map[string]string `json:"labels"`
	Comment []string          `json:"comment,omitempty"` // dropped when len is 0
	Notes   []string          `json:"notes,omitzero"`    // dropped only when nil (Go 1.24)
}

func main() {
	var nilSlice []string
	emptySlice := []string{}

	fmt.Println("len:", len(nilSlice), len(emptySlice))
	fmt.Println("== nil:", nilSlice == nil, emptySlice == nil)
	fmt.Println("slices.Equal:", slices.Equal(nilSlice, emptySlice))
	fmt.Printf("%%v prints %v and %v; %%#v prints %#v and %#v\n",
		nilSlice, emptySlice, nilSlice, emptySlice)

	// Both can be appended to; append allocates for the nil one.
	fmt.Println("append:", append(nilSlice, "a"), append(emptySlice, "a"))

	// encoding/json tells them apart: nil becomes null, empty becomes [].
	// omitempty drops the field in both cases, because it tests len == 0;
	// omitzero drops it only when it holds the zero value, which is nil.
	a, err := json.Marshal(response{})
	if err != nil {
		fmt.Println("marshal:", err)
		return
	}
	b, err := json.Marshal(response{
		Tags:    []string{},
		Labels:  map[string]string{},
		Comment: []string{},
		Notes:   []string{},
	})
	if err != nil {
		fmt.Println("marshal:", err)
		return
	}
	fmt.Println("nil fields:  ", string(a))
	fmt.Println("empty fields:", string(b))
}
