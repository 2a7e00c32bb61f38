package shapes

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
)

// approxEqual compares floats with a tolerance: 1e-9, relative to the size
// of want once want is larger than 1.
func approxEqual(got, want float64) bool {
	return math.Abs(got-want) <= 1e-9*math.Max(1, math.Abs(want))
}

func TestTypesSatisfyShape(t *testing.T) {
	tests := []struct {
		name  string
		value any
	}{
		{"Rectangle", Rectangle{}},
		{"*Rectangle", &Rectangle{}},
		{"Circle", Circle{}},
		{"*Circle", &Circle{}},
		{"Triangle", Triangle{}},
		{"*Triangle", &Triangle{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, ok := tt.value.(Shape); !ok {
				t.Errorf("a %s does not satisfy Shape; check its method set (value or pointer receivers?)", tt.name)
			}
			if _, ok := tt.value.(fmt.Stringer); !ok {
				t.Errorf("a %s does not satisfy fmt.Stringer", tt.name)
			}
		})
	}
}

func TestAreaAndPerimeter(t *testing.T) {
	tests := []struct {
		name          string
		shape         Shape
		wantArea      float64
		wantPerimeter float64
	}{
		{"rectangle 3 x 4", Rectangle{Width: 3, Height: 4}, 12, 14},
		{"rectangle with fractions", Rectangle{Width: 2.5, Height: 4}, 10, 13},
		{"zero-size rectangle", Rectangle{}, 0, 0},
		{"flat rectangle", Rectangle{Width: 0, Height: 5}, 0, 10},
		{"unit circle", Circle{Radius: 1}, math.Pi, 2 * math.Pi},
		{"circle of radius 2", Circle{Radius: 2}, 4 * math.Pi, 4 * math.Pi},
		{"circle of radius 0.5", Circle{Radius: 0.5}, math.Pi / 4, math.Pi},
		{"zero-size circle", Circle{}, 0, 0},
		{"right triangle 3-4-5", Triangle{A: 3, B: 4, C: 5}, 6, 12},
		{"equilateral triangle", Triangle{A: 2, B: 2, C: 2}, math.Sqrt(3), 6},
		{"isosceles triangle 5-5-6", Triangle{A: 5, B: 5, C: 6}, 12, 16},
		{"flat triangle", Triangle{A: 1, B: 2, C: 3}, 0, 6},
		// s(s-A)(s-B)(s-C) rounds to about -6.7e-19 here, and the square
		// root of a negative number is NaN.
		{"flat triangle whose Heron product rounds below zero", Triangle{A: 0.4, B: 0.3, C: 0.1}, 0, 0.8},
		{"zero-size triangle", Triangle{}, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.shape.Area(); !approxEqual(got, tt.wantArea) {
				t.Errorf("%#v.Area() = %.12g, want %.12g", tt.shape, got, tt.wantArea)
			}
			if got := tt.shape.Perimeter(); !approxEqual(got, tt.wantPerimeter) {
				t.Errorf("%#v.Perimeter() = %.12g, want %.12g", tt.shape, got, tt.wantPerimeter)
			}
		})
	}
}

func TestString(t *testing.T) {
	r := Rectangle{Width: 3, Height: 4.5}
	tests := []struct {
		name  string
		value any
		want  string
	}{
		{"rectangle", r, "Rectangle(3 x 4.5)"},
		{"pointer to rectangle", &r, "Rectangle(3 x 4.5)"},
		{"zero rectangle", Rectangle{}, "Rectangle(0 x 0)"},
		{"circle", Circle{Radius: 1.5}, "Circle(r=1.5)"},
		{"zero circle", Circle{}, "Circle(r=0)"},
		{"triangle", Triangle{A: 3, B: 4, C: 5}, "Triangle(3, 4, 5)"},
		{"triangle with fractions", Triangle{A: 0.5, B: 1, C: 1.25}, "Triangle(0.5, 1, 1.25)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// fmt.Sprint uses String only if the value's method set has it.
			if got := fmt.Sprint(tt.value); got != tt.want {
				t.Errorf("fmt.Sprint(%#v) = %q, want %q", tt.value, got, tt.want)
			}
		})
	}
}

func TestConstructorsAcceptValidDimensions(t *testing.T) {
	tests := []struct {
		name string
		make func() (Shape, error)
		want Shape
	}{
		{"rectangle", func() (Shape, error) { return NewRectangle(3, 4) }, Rectangle{Width: 3, Height: 4}},
		{"zero-size rectangle", func() (Shape, error) { return NewRectangle(0, 0) }, Rectangle{}},
		{"circle", func() (Shape, error) { return NewCircle(1.5) }, Circle{Radius: 1.5}},
		{"zero-size circle", func() (Shape, error) { return NewCircle(0) }, Circle{}},
		{"triangle", func() (Shape, error) { return NewTriangle(3, 4, 5) }, Triangle{A: 3, B: 4, C: 5}},
		{"flat triangle", func() (Shape, error) { return NewTriangle(1, 2, 3) }, Triangle{A: 1, B: 2, C: 3}},
		{"flat triangle with fractions", func() (Shape, error) { return NewTriangle(0.4, 0.3, 0.1) }, Triangle{A: 0.4, B: 0.3, C: 0.1}},
		{"zero-size triangle", func() (Shape, error) { return NewTriangle(0, 0, 0) }, Triangle{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.make()
			if err != nil {
				t.Fatalf("got error %v, want %v and no error", err, tt.want)
			}
			if got != tt.want {
				t.Errorf("got %#v, want %#v", got, tt.want)
			}
		})
	}
}

func TestConstructorsRejectInvalidDimensions(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	tests := []struct {
		name string
		call string
		make func() (Shape, error)
		zero Shape
		// mention lists what the error message must contain: which
		// dimension was wrong and its value as %g prints it.
		mention []string
	}{
		{"negative width", "NewRectangle(-1, 2)", func() (Shape, error) { return NewRectangle(-1, 2) }, Rectangle{}, []string{"width", "-1"}},
		{"negative height", "NewRectangle(2, -0.5)", func() (Shape, error) { return NewRectangle(2, -0.5) }, Rectangle{}, []string{"height", "-0.5"}},
		{"NaN width", "NewRectangle(NaN, 2)", func() (Shape, error) { return NewRectangle(nan, 2) }, Rectangle{}, []string{"width", "NaN"}},
		{"infinite height", "NewRectangle(2, +Inf)", func() (Shape, error) { return NewRectangle(2, inf) }, Rectangle{}, []string{"height", "+Inf"}},
		{"negative radius", "NewCircle(-3)", func() (Shape, error) { return NewCircle(-3) }, Circle{}, []string{"radius", "-3"}},
		{"NaN radius", "NewCircle(NaN)", func() (Shape, error) { return NewCircle(nan) }, Circle{}, []string{"radius", "NaN"}},
		{"negatively infinite radius", "NewCircle(-Inf)", func() (Shape, error) { return NewCircle(-inf) }, Circle{}, []string{"radius", "-Inf"}},
		{"negative side", "NewTriangle(3, -4, 5)", func() (Shape, error) { return NewTriangle(3, -4, 5) }, Triangle{}, []string{"side", "-4"}},
		{"NaN side", "NewTriangle(3, 4, NaN)", func() (Shape, error) { return NewTriangle(3, 4, nan) }, Triangle{}, []string{"side", "NaN"}},
		{"infinite side", "NewTriangle(+Inf, 4, 5)", func() (Shape, error) { return NewTriangle(inf, 4, 5) }, Triangle{}, []string{"side", "+Inf"}},
		{"first side too long", "NewTriangle(10, 2, 3)", func() (Shape, error) { return NewTriangle(10, 2, 3) }, Triangle{}, nil},
		{"middle side too long", "NewTriangle(2, 10, 3)", func() (Shape, error) { return NewTriangle(2, 10, 3) }, Triangle{}, nil},
		{"last side too long", "NewTriangle(1, 2, 4)", func() (Shape, error) { return NewTriangle(1, 2, 4) }, Triangle{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.make()
			if !errors.Is(err, ErrInvalidDimension) {
				t.Fatalf("%s returned error %v, want an error wrapping ErrInvalidDimension", tt.call, err)
			}
			if got != tt.zero {
				t.Errorf("%s returned %#v, want the zero value %#v alongside the error", tt.call, got, tt.zero)
			}
			for _, m := range tt.mention {
				if !strings.Contains(err.Error(), m) {
					t.Errorf("%s returned error %q, want a message that contains %q (say which dimension was wrong and its value)", tt.call, err, m)
				}
			}
		})
	}
}

func TestTotalArea(t *testing.T) {
	tests := []struct {
		name   string
		shapes []Shape
		want   float64
	}{
		{"nil slice", nil, 0},
		{"empty slice", []Shape{}, 0},
		{"one rectangle", []Shape{Rectangle{Width: 3, Height: 4}}, 12},
		{"mixed shapes", []Shape{Rectangle{Width: 3, Height: 4}, Circle{Radius: 1}, Triangle{A: 3, B: 4, C: 5}}, 18 + math.Pi},
		{"pointers and values", []Shape{&Rectangle{Width: 1, Height: 2}, Circle{Radius: 2}}, 2 + 4*math.Pi},
		{"zero-size shapes add nothing", []Shape{Rectangle{}, Circle{}, Rectangle{Width: 2, Height: 2}}, 4},
		{"nil entries are skipped", []Shape{nil, Rectangle{Width: 2, Height: 5}, nil}, 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TotalArea(tt.shapes); !approxEqual(got, tt.want) {
				t.Errorf("TotalArea(%v) = %.12g, want %.12g", tt.shapes, got, tt.want)
			}
		})
	}
}

func TestLargest(t *testing.T) {
	small := &Rectangle{Width: 1, Height: 1}
	big := &Rectangle{Width: 5, Height: 5}
	tests := []struct {
		name   string
		shapes []Shape
		want   Shape
		wantOK bool
	}{
		{"nil slice", nil, nil, false},
		{"only nil entries", []Shape{nil, nil}, nil, false},
		{"single shape", []Shape{Circle{Radius: 1}}, Circle{Radius: 1}, true},
		{"by area, not perimeter", []Shape{Rectangle{Width: 1, Height: 10}, Circle{Radius: 2}}, Circle{Radius: 2}, true},
		{"largest in the middle", []Shape{Triangle{A: 3, B: 4, C: 5}, Rectangle{Width: 3, Height: 3}, Circle{Radius: 1}}, Rectangle{Width: 3, Height: 3}, true},
		{"largest last", []Shape{Circle{Radius: 1}, Rectangle{Width: 2, Height: 2}}, Rectangle{Width: 2, Height: 2}, true},
		{"tie: the first wins", []Shape{Rectangle{Width: 2, Height: 3}, Rectangle{Width: 3, Height: 2}}, Rectangle{Width: 2, Height: 3}, true},
		{"all zero-size: the first wins", []Shape{Circle{}, Rectangle{}, Triangle{A: 1, B: 2, C: 3}}, Circle{}, true},
		{"nil entries are skipped", []Shape{nil, Circle{}, nil}, Circle{}, true},
		{"returns the same pointer", []Shape{small, big}, big, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Largest(tt.shapes)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("Largest(%v) = %v, %t; want %v, %t", tt.shapes, describe(got), ok, describe(tt.want), tt.wantOK)
			}
		})
	}
}

// describe prints a shape with its dynamic type, so a value and a pointer
// to an equal value are told apart in failure messages.
func describe(s Shape) string {
	if s == nil {
		return "nil"
	}
	return fmt.Sprintf("%T %v", s, s)
}
