package queue

import (
	"testing"
	"testing/synctest"
)

func TestForgotToClose(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ch := make(chan int)
		out := make(chan int)
		go Drain(ch, out)
		ch <- 1
		ch <- 2
		t.Log("sent both values")
		t.Logf("sum %d", <-out)
	})
}

func TestAfterTheDeadlock(t *testing.T) {
	t.Log("never runs: the deadlock ends the test binary")
}
