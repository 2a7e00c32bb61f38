// Command json-stream decodes a stream of JSON values one at a time,
// rejects unknown fields, and compares omitempty with omitzero.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

type Event struct {
	ID   int    `json:"id"`
	Kind string `json:"kind"`
}

type Report struct {
	Name   string    `json:"name"`
	Tags   []string  `json:"tags,omitempty"` // nil or empty: omitted
	Count  int       `json:"count,omitzero"` // 0: omitted
	SentAt time.Time `json:"sent,omitempty"` // a struct: never "empty"
	DoneAt time.Time `json:"done,omitzero"`  // IsZero() is true: omitted
	Limits struct {
		Max int `json:"max"`
	} `json:"limits,omitzero"` // the zero struct: omitted
}

func main() {
	// A stream of values, not one array: the Decoder reads them one by
	// one, holding only the current value in memory.
	stream := `{"id":1,"kind":"open"} {"id":2,"kind":"close"}
{"id":3,"kind":"open","user":"ana"}`
	dec := json.NewDecoder(strings.NewReader(stream))
	dec.DisallowUnknownFields()
	for {
		var e Event
		err := dec.Decode(&e)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println("decode:", err)
			break
		}
		fmt.Printf("event %+v\n", e)
	}

	// An Encoder writes one value per line: JSON Lines.
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(Report{Name: "empty"})
	enc.Encode(Report{Name: "full", Tags: []string{"a"}, Count: 2})
}
