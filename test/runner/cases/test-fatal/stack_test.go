package stack

import "testing"

func TestPush(t *testing.T) {
	var s Stack
	s.Push(1)
	s.Push(2)
	if s.Len() != 2 {
		t.Fatalf("Len() = %d, want 2", s.Len())
	}
}

func TestPop(t *testing.T) {
	var s Stack
	s.Push(1)
	s.Push(2)
	v, ok := s.Pop()
	if !ok || v != 2 {
		t.Fatalf("Pop() = %d, %v; want 2, true", v, ok)
	}
	t.Log("not reached: Fatal stops the test")
}

func TestPopEmpty(t *testing.T) {
	var s Stack
	if _, ok := s.Pop(); ok {
		t.Fatal("Pop() on empty stack reported ok")
	}
}
