package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Order struct {
	ID     string   `json:"id"`
	Amount int      `json:"amount"`
	Items  []string `json:"items"`
}

func decodeStrict(s string) (Order, error) {
	var o Order
	dec := json.NewDecoder(strings.NewReader(s))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&o); err != nil {
		return o, fmt.Errorf("decode order: %w", err)
	}
	return o, nil
}

func main() {
	o, err := decodeStrict(`{"id":"A1","amount":250,"items":["pen","ink"]}`)
	fmt.Printf("%+v %v\n", o, err)

	_, err = decodeStrict(`{"id":"A1","amount":250,"discount":5}`)
	fmt.Println(err)

	// Without DisallowUnknownFields, unknown keys are ignored.
	var loose Order
	err = json.Unmarshal([]byte(`{"id":"B2","discount":5}`), &loose)
	fmt.Printf("%+v %v\n", loose, err)

	// Field names match case-insensitively.
	var ci Order
	json.Unmarshal([]byte(`{"ID":"C3","AMOUNT":7}`), &ci)
	fmt.Printf("%+v\n", ci)

	// Type errors.
	_, err = decodeStrict(`{"amount":"lots"}`)
	fmt.Println(err)
	var ute *json.UnmarshalTypeError
	fmt.Println(errors.As(err, &ute), ute.Field, ute.Value)

	// Syntax errors report an offset.
	_, err = decodeStrict(`{"id": "x",}`)
	fmt.Println(err)
	var se *json.SyntaxError
	fmt.Println(errors.As(err, &se), se.Offset)

	// Decoding a stream of values.
	dec := json.NewDecoder(strings.NewReader(`{"id":"1"} {"id":"2"} {"id":"3"}`))
	var ids []string
	for dec.More() {
		var o Order
		if err := dec.Decode(&o); err != nil {
			fmt.Println(err)
			break
		}
		ids = append(ids, o.ID)
	}
	fmt.Println(ids)

	// RawMessage delays decoding.
	var env struct {
		Type string          `json:"type"`
		Data json.RawMessage `json:"data"`
	}
	json.Unmarshal([]byte(`{"type":"order","data":{"id":"R9","amount":1}}`), &env)
	fmt.Println(env.Type, string(env.Data))

	var nums []int
	fmt.Println(json.Unmarshal([]byte(`[1, 2, 3.5]`), &nums), nums)
	var target *Order
	fmt.Println(json.Unmarshal([]byte(`{}`), target))
}
