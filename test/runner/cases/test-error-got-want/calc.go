// Package calc has a subtly wrong Abs.
package calc

// Add returns a+b.
func Add(a, b int) int { return a + b }

// Abs returns |n|. Bug: it forgets the negative case for odd numbers.
func Abs(n int) int {
	if n < 0 && n%2 == 0 {
		return -n
	}
	return n
}
