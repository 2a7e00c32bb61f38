package main

import (
	"errors"
	"fmt"
	"time"
)

func main() {
	fmt.Println("starting worker")
	done := make(chan struct{})
	go func() {
		defer close(done)
		panic(errors.New("worker exploded"))
	}()
	<-done
	time.Sleep(100 * time.Millisecond)
	fmt.Println("main never gets here")
}
