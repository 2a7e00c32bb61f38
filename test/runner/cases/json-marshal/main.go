package main

import (
	"encoding/json"
	"fmt"
	"os"
	"time"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type User struct {
	ID        int               `json:"id"`
	Name      string            `json:"name"`
	Email     string            `json:"email,omitempty"`
	Password  string            `json:"-"`
	Age       int               `json:"age,string"`
	Admin     bool              `json:"is_admin"`
	Tags      []string          `json:"tags"`
	Address   *Address          `json:"address,omitempty"`
	Meta      map[string]string `json:"meta,omitempty"`
	CreatedAt time.Time         `json:"created_at"`
	Score     float64           `json:"score,omitzero"`
	internal  string
}

type Level int

func (l Level) MarshalJSON() ([]byte, error) {
	return json.Marshal([]string{"low", "high"}[l])
}

func main() {
	u := User{
		ID: 1, Name: "Ada <admin>", Password: "secret", Age: 36,
		Address:   &Address{Street: "1 Main St"},
		Meta:      map[string]string{"z": "last", "a": "first"},
		CreatedAt: time.Date(2024, 2, 29, 12, 30, 0, 0, time.UTC),
		internal:  "hidden",
	}
	b, err := json.Marshal(u)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))

	u.Tags = []string{}
	pretty, _ := json.MarshalIndent(map[string]any{"user": u.Name, "tags": u.Tags, "n": 1.5, "nil": nil}, "", "  ")
	fmt.Println(string(pretty))

	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	enc.Encode(struct {
		Level Level  `json:"level"`
		HTML  string `json:"html"`
	}{Level: 1, HTML: "<b>&</b>"})

	// Round trip into a generic value: numbers become float64.
	var anyVal map[string]any
	json.Unmarshal(b, &anyVal)
	fmt.Printf("%T %v %T\n", anyVal["id"], anyVal["id"], anyVal["tags"])

	_, err = json.Marshal(map[string]any{"ch": make(chan int)})
	fmt.Println(err)
}
