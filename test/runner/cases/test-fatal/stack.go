// Package stack is a tiny LIFO with a bug in Pop.
package stack

// Stack holds ints.
type Stack struct{ items []int }

// Push adds v on top.
func (s *Stack) Push(v int) { s.items = append(s.items, v) }

// Pop removes and returns the top item. Bug: it returns the bottom one.
func (s *Stack) Pop() (int, bool) {
	if len(s.items) == 0 {
		return 0, false
	}
	v := s.items[0]
	s.items = s.items[1:]
	return v, true
}

// Len reports the number of items.
func (s *Stack) Len() int { return len(s.items) }
