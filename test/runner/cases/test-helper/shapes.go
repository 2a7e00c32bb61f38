// Package shapes computes areas.
package shapes

// Rect is a rectangle.
type Rect struct{ W, H float64 }

// Area returns W*H. Bug: it adds instead.
func (r Rect) Area() float64 { return r.W + r.H }

// Square returns a side x side Rect.
func Square(side float64) Rect { return Rect{side, side} }
