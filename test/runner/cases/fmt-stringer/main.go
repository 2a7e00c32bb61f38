package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue"}[d]
}

type Reading struct {
	Day  Weekday
	Temp Celsius
}

// Both Error and String: fmt prefers Error.
type Fault struct{}

func (Fault) Error() string  { return "fault as error" }
func (Fault) String() string { return "fault as string" }

// A pointer-receiver String is not used for values.
type Ptr struct{ n int }

func (p *Ptr) String() string { return fmt.Sprintf("Ptr(%d)", p.n) }

func main() {
	r := Reading{Day: Tuesday, Temp: 21.55}
	fmt.Println(r.Day, r.Temp)
	fmt.Printf("%v\n", r)
	fmt.Printf("%+v\n", r)
	fmt.Printf("%d %s %q\n", r.Day, r.Day, r.Day)
	fmt.Println([]Weekday{Sunday, Monday})
	fmt.Println(map[Weekday]Celsius{Monday: 10, Sunday: -3.25})
	fmt.Println(Fault{})
	fmt.Println(errors.New("plain"))
	p := Ptr{7}
	fmt.Println(p, &p)
	fmt.Printf("%v %s\n", p, &p)
}
