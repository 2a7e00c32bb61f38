// Package shapes puts plane shapes behind one small interface and provides
// functions that work with any of them.
package shapes

import (
	"errors"
	"fmt"
	"math"
)

// Shape is what every shape in this package provides. Because it includes
// String, every Shape is also a fmt.Stringer.
type Shape interface {
	Area() float64
	Perimeter() float64
	String() string
}

// ErrInvalidDimension is wrapped by every error the constructors return.
var ErrInvalidDimension = errors.New("shapes: invalid dimension")

// The build fails if a shape stops satisfying Shape, as a value or as a
// pointer.
var (
	_ Shape = Rectangle{}
	_ Shape = Circle{}
	_ Shape = Triangle{}
	_ Shape = (*Rectangle)(nil)
)

// Rectangle is an axis-aligned rectangle. The zero value is a valid,
// empty rectangle.
type Rectangle struct {
	Width, Height float64
}

// NewRectangle returns a rectangle, or an error wrapping
// ErrInvalidDimension if a side is negative, NaN or infinite.
func NewRectangle(width, height float64) (Rectangle, error) {
	if err := check("rectangle width", width); err != nil {
		return Rectangle{}, err
	}
	if err := check("rectangle height", height); err != nil {
		return Rectangle{}, err
	}
	return Rectangle{Width: width, Height: height}, nil
}

// Area returns Width × Height.
func (r Rectangle) Area() float64 { return r.Width * r.Height }

// Perimeter returns 2 × (Width + Height).
func (r Rectangle) Perimeter() float64 { return 2 * (r.Width + r.Height) }

// String returns, for example, "Rectangle(3 x 4.5)".
func (r Rectangle) String() string { return fmt.Sprintf("Rectangle(%g x %g)", r.Width, r.Height) }

// Circle is a circle with the given radius. The zero value is a valid
// circle of radius 0.
type Circle struct {
	Radius float64
}

// NewCircle returns a circle, or an error wrapping ErrInvalidDimension if
// the radius is negative, NaN or infinite.
func NewCircle(radius float64) (Circle, error) {
	if err := check("circle radius", radius); err != nil {
		return Circle{}, err
	}
	return Circle{Radius: radius}, nil
}

// Area returns π r².
func (c Circle) Area() float64 { return math.Pi * c.Radius * c.Radius }

// Perimeter returns the circumference, 2 π r.
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.Radius }

// String returns, for example, "Circle(r=1.5)".
func (c Circle) String() string { return fmt.Sprintf("Circle(r=%g)", c.Radius) }

// Triangle is a triangle given by the lengths of its three sides.
type Triangle struct {
	A, B, C float64
}

// NewTriangle returns a triangle, or an error wrapping ErrInvalidDimension
// if a side is negative, NaN or infinite, or if one side is longer than
// the other two together. Degenerate (flat) triangles are allowed.
func NewTriangle(a, b, c float64) (Triangle, error) {
	for i, side := range []float64{a, b, c} {
		if err := check(fmt.Sprintf("triangle side %d", i+1), side); err != nil {
			return Triangle{}, err
		}
	}
	if c > a+b {
		return Triangle{}, fmt.Errorf("%w: sides %g, %g, %g break the triangle inequality", ErrInvalidDimension, a, b, c)
	}
	return Triangle{A: a, B: b, C: c}, nil
}

// Area uses Heron's formula. Rounding can make the product slightly
// negative for a flat triangle, so it is clamped at zero.
func (t Triangle) Area() float64 {
	s := (t.A + t.B + t.C) / 2
	return math.Sqrt(math.Max(0, s*(s-t.A)*(s-t.B)*(s-t.C)))
}

// Perimeter returns A + B + C.
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }

// String returns, for example, "Triangle(3, 4, 5)".
func (t Triangle) String() string { return fmt.Sprintf("Triangle(%g, %g, %g)", t.A, t.B, t.C) }

// TotalArea returns the sum of the areas of shapes. Nil entries are
// skipped; an empty slice has total area 0.
func TotalArea(shapes []Shape) float64 {
	total := 0.0
	for _, s := range shapes {
		if s != nil {
			total += s.Area()
		}
	}
	return total
}

// Largest returns the shape with the greatest area and true. If several
// share the greatest area, the first of them wins. Nil entries are
// skipped; if no shape remains, it returns nil and false.
func Largest(shapes []Shape) (Shape, bool) {
	var best Shape
	for _, s := range shapes {
		if s == nil {
			continue
		}
		if best == nil || s.Area() > best.Area() {
			best = s
		}
	}
	return best, best != nil
}

// check rejects a dimension that is negative, NaN or infinite. Zero is
// allowed. NaN needs its own test because every comparison with NaN is
// false, so "d < 0" alone would let it through.
func check(what string, d float64) error {
	if d < 0 || math.IsNaN(d) || math.IsInf(d, 0) {
		return fmt.Errorf("%w: %s is %g", ErrInvalidDimension, what, d)
	}
	return nil
}
