package main

import "fmt"

type Address struct {
	City string
	Zip  *int
}

type User struct {
	Name    string
	Age     int
	Tags    []string
	Address Address
	Boss    *User
	meta    map[string]any
}

func main() {
	zip := 12345
	boss := &User{Name: "Ada"}
	u := User{
		Name:    "Linus",
		Age:     30,
		Tags:    []string{"go", "c"},
		Address: Address{City: "Oslo", Zip: &zip},
		Boss:    boss,
		meta:    map[string]any{"b": 2, "a": 1.5, "c": nil},
	}
	fmt.Printf("%v\n", u.Address.City)
	fmt.Printf("%+v\n", u.Tags)
	fmt.Printf("%v\n", u.meta)
	fmt.Printf("%+v\n", *boss)
	fmt.Printf("%#v\n", u.Tags)
	fmt.Printf("%#v\n", map[string]int{"z": 26, "a": 1})

	// Maps print with sorted keys: strings, ints, bools, floats.
	fmt.Println(map[string]int{"pear": 3, "apple": 1, "fig": 2, "banana": 5})
	fmt.Println(map[int]string{10: "ten", -1: "minus one", 3: "three"})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[float64]string{2.5: "b", -0.5: "a"})
	fmt.Println(map[[2]int]bool{{2, 1}: true, {1, 9}: false})

	var nilMap map[string]int
	var nilSlice []int
	var nilPtr *User
	var nilAny any
	fmt.Println(nilMap, nilSlice, nilPtr, nilAny)
	fmt.Printf("%#v %#v %#v\n", nilMap, nilSlice, nilAny)
	fmt.Printf("%v %+v\n", struct{}{}, struct{ A, B int }{1, 2})
	fmt.Printf("%v\n", [3]bool{true})
	fmt.Printf("%x\n", "hi")
	fmt.Printf("% x\n", []byte("hi!"))
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%q\n", []string{"a", "b"})
	fmt.Printf("%5.2f\n", []float64{1, 2.345})
}
