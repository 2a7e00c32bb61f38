// Command embedding shows what embedding promotes, how an outer method
// shadows a promoted one, and why that is not inheritance.
package main

import "fmt"

// Logger prints prefixed messages. It knows nothing about who embeds it.
type Logger struct {
	Prefix string
}

func (l Logger) Log(msg string) { fmt.Println(l.Prefix + msg) }
func (l Logger) Name() string   { return "logger" }

// Describe calls l.Name. Here l is a Logger, so this is always Logger.Name.
func (l Logger) Describe() string { return "I am " + l.Name() }

// Service embeds Logger: its fields and methods are promoted to Service.
type Service struct {
	Logger
	name string
}

// Name shadows the promoted Logger.Name.
func (s Service) Name() string { return s.name }

type (
	namer     interface{ Name() string }
	describer interface{ Describe() string }
)

func main() {
	s := Service{Logger: Logger{Prefix: "[billing] "}, name: "billing"}

	s.Log("started")                             // promoted method: s.Logger.Log
	fmt.Printf("promoted field: %q\n", s.Prefix) // s.Logger.Prefix
	fmt.Println("s.Name():", s.Name())           // depth 0 wins over depth 1
	fmt.Println("s.Logger.Name():", s.Logger.Name())

	// Not inheritance: the promoted Describe runs with the embedded Logger
	// as its receiver and never sees Service.Name.
	fmt.Println("s.Describe():", s.Describe())

	// Promoted methods count towards interfaces...
	var n namer = s
	var d describer = s
	fmt.Println("as namer:", n.Name(), "| as describer:", d.Describe())

	// ...but a Service is not a Logger. Pass the embedded field explicitly.
	var l Logger = s.Logger
	l.Log("the embedded value, passed on its own")
}
