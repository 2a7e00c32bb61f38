// Package area computes areas.
package area

// Circle returns pi*r*r.
func Circle(r float64) float64 { return 3.14159 * r * r }
