// Command defined-types contrasts a defined type, which is a new type with
// its own identity and methods, with an alias, which is only a second name
// for an existing type.
package main

import "fmt"

// Celsius and Fahrenheit are defined types: both have float64 as their
// underlying type, but they are distinct from float64 and from each other.
type Celsius float64
type Fahrenheit float64

// Methods can be declared on a defined type in the same package.
func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

// ToF converts explicitly; the compiler will not mix the two scales.
func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }

// Degrees is an alias: the same type as float64 under a second name.
type Degrees = float64

// UserID is a defined type over string, so it cannot be passed where an
// OrderID is expected by mistake.
type UserID string
type OrderID string

func lookupUser(id UserID) string { return "user " + string(id) }

func main() {
	boiling := Celsius(100)
	fmt.Println(boiling, "=", boiling.ToF())
	// fmt.Println(boiling + boiling.ToF()) // mismatched types Celsius and Fahrenheit

	// An untyped constant adapts to a defined type without a conversion;
	// a typed float64 variable does not.
	body := Celsius(36.6) + 0.5
	var reading float64 = 20
	room := Celsius(reading)
	fmt.Println("constants adapt:", body, "variables convert:", room)

	// The alias is float64, so values move freely in both directions.
	var d Degrees = 90
	var f float64 = d
	fmt.Printf("types: %T %T %T\n", boiling, d, f)

	// byte and rune are predeclared aliases of uint8 and int32.
	var b byte = 'A'
	var r rune = 'é'
	fmt.Printf("byte is %T, rune is %T\n", b, r)

	// A defined type has its own method set: float64 has no String method,
	// so converting back drops it.
	fmt.Println("with String:", boiling, "as float64:", float64(boiling))

	fmt.Println(lookupUser("42")) // an untyped string constant converts implicitly
	order := OrderID("42")
	// lookupUser(order) // cannot use order (variable of string type OrderID) as UserID value
	fmt.Println("order", order, "is not a user; convert deliberately:", lookupUser(UserID(order)))
}
