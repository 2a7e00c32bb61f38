package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) Sound() string    { return "..." }

type Dog struct {
	Animal // embedded: fields and methods are promoted
	Breed  string
}

// Dog's Sound shadows Animal's.
func (d Dog) Sound() string { return "Woof" }

type Logger struct{ prefix string }

func (l Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

type Service struct {
	*Logger // embedded pointer
	Name    string
}

func main() {
	d := Dog{Animal: Animal{Name: "Rex", Legs: 4}, Breed: "Collie"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	fmt.Println(d.Sound(), d.Animal.Sound())
	d.Rename("Max") // addressable, so the pointer method is callable
	fmt.Println(d.Animal.Name)
	fmt.Printf("%+v\n", d)

	// Structs are values: assignment copies.
	e := d
	e.Name = "Copy"
	fmt.Println(d.Name, e.Name)

	// Comparable structs compare field by field.
	fmt.Println(Animal{"a", 2} == Animal{"a", 2}, Animal{"a", 2} == Animal{"a", 3})

	// Anonymous structs.
	pt := struct{ X, Y int }{3, 4}
	fmt.Println(pt, pt.X*pt.Y)

	s := Service{Logger: &Logger{prefix: "[svc] "}, Name: "api"}
	s.Log("started " + s.Name)

	// Struct tags and zero values.
	var zero Dog
	fmt.Printf("%q %d %q\n", zero.Name, zero.Legs, zero.Breed)

	// Pointers to structs use the same dot syntax.
	p := &Animal{Name: "Cat", Legs: 4}
	p.Legs--
	fmt.Println(p.Describe(), (*p).Legs)
}
