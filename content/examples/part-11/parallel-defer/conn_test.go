package conn

import "testing"

func TestWithDefer(t *testing.T) {
	c := &Conn{}
	defer c.Close() // runs when this function returns...
	t.Run("query", func(t *testing.T) {
		t.Parallel() // ...which is before this subtest resumes
		t.Log("query:", c.Query())
	})
	t.Log("parent function returns")
}

func TestWithCleanup(t *testing.T) {
	c := &Conn{}
	t.Cleanup(c.Close) // runs after every subtest has finished
	t.Run("query", func(t *testing.T) {
		t.Parallel()
		t.Log("query:", c.Query())
	})
	t.Log("parent function returns")
}
