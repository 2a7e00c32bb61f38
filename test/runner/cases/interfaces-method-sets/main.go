package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Circle struct{ R float64 }

// Pointer receivers: only *Circle is a Shape.
func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type Incrementer interface{ Inc() }

func describe(s Shape) string {
	switch v := s.(type) {
	case Rect:
		return fmt.Sprintf("rect %gx%g", v.W, v.H)
	case *Circle:
		return fmt.Sprintf("circle r=%g", v.R)
	default:
		return "unknown"
	}
}

func kind(x any) string {
	switch x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return "integer"
	case string:
		return "string"
	case error:
		return "error"
	case fmt.Stringer:
		return "stringer"
	}
	return fmt.Sprintf("other %T", x)
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}}
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%s: area=%.2f perimeter=%.2f\n", describe(s), s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("total %.3f\n", total)

	// Type assertions with comma-ok.
	var s Shape = Rect{1, 2}
	r, ok := s.(Rect)
	fmt.Println(r, ok)
	c, ok := s.(*Circle)
	fmt.Println(c, ok)

	// Method set: a *Counter has Inc, a Counter value does not.
	var inc Incrementer = &Counter{}
	inc.Inc()
	inc.Inc()
	fmt.Println(inc.(*Counter).n)

	_, isShape := any(Circle{2}).(Shape)
	_, ptrIsShape := any(&Circle{2}).(Shape)
	fmt.Println("Circle is Shape:", isShape, "*Circle is Shape:", ptrIsShape)

	var kinds []string
	for _, x := range []any{nil, 1, int64(2), "s", fmt.Errorf("e"), 2.5, []int{}} {
		kinds = append(kinds, kind(x))
	}
	fmt.Printf("%q\n", kinds)

	// Interfaces compare by dynamic type and value.
	var a, b any = 1, 1
	var c2 any = int64(1)
	fmt.Println(a == b, a == c2)

	// Interface embedding.
	type ReadWriter interface {
		fmt.Stringer
		Shape
	}
	var rw ReadWriter
	fmt.Println(rw == nil)
}
