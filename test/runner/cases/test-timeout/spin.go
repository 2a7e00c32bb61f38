// Package spin never finishes.
package spin

// Wait spins until done becomes true, which never happens.
func Wait(done *bool) int {
	n := 0
	for !*done {
		n++
	}
	return n
}
