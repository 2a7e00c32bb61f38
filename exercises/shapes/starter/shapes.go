// Package shapes puts plane shapes behind one small interface and provides
// functions that work with any of them.
package shapes

import "errors"

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
// pointer. Keep these lines: they check your receiver choice.
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
	// TODO: validate both sides, then build the rectangle.
	return Rectangle{}, nil
}

// Area returns Width × Height.
func (r Rectangle) Area() float64 {
	// TODO
	return 0
}

// Perimeter returns 2 × (Width + Height).
func (r Rectangle) Perimeter() float64 {
	// TODO
	return 0
}

// String returns, for example, "Rectangle(3 x 4.5)".
func (r Rectangle) String() string {
	// TODO
	return ""
}

// Circle is a circle with the given radius. The zero value is a valid
// circle of radius 0.
type Circle struct {
	Radius float64
}

// NewCircle returns a circle, or an error wrapping ErrInvalidDimension if
// the radius is negative, NaN or infinite.
func NewCircle(radius float64) (Circle, error) {
	// TODO
	return Circle{}, nil
}

// Area returns π r².
func (c Circle) Area() float64 {
	// TODO
	return 0
}

// Perimeter returns the circumference, 2 π r.
func (c Circle) Perimeter() float64 {
	// TODO
	return 0
}

// String returns, for example, "Circle(r=1.5)".
func (c Circle) String() string {
	// TODO
	return ""
}

// Triangle is a triangle given by the lengths of its three sides.
type Triangle struct {
	A, B, C float64
}

// NewTriangle returns a triangle, or an error wrapping ErrInvalidDimension
// if a side is negative, NaN or infinite, or if one side is longer than
// the other two together. Degenerate (flat) triangles are allowed.
func NewTriangle(a, b, c float64) (Triangle, error) {
	// TODO
	return Triangle{}, nil
}

// Area uses Heron's formula: with s = (A+B+C)/2, the area is
// √(s(s−A)(s−B)(s−C)). A flat triangle has area 0, never NaN, even when
// rounding makes the product under the root slightly negative.
func (t Triangle) Area() float64 {
	// TODO
	return 0
}

// Perimeter returns A + B + C.
func (t Triangle) Perimeter() float64 {
	// TODO
	return 0
}

// String returns, for example, "Triangle(3, 4, 5)".
func (t Triangle) String() string {
	// TODO
	return ""
}

// TotalArea returns the sum of the areas of shapes. Nil entries are
// skipped; an empty slice has total area 0.
func TotalArea(shapes []Shape) float64 {
	// TODO
	return 0
}

// Largest returns the shape with the greatest area and true. If several
// share the greatest area, the first of them wins. Nil entries are
// skipped; if no shape remains, it returns nil and false.
func Largest(shapes []Shape) (Shape, bool) {
	// TODO
	return nil, false
}
