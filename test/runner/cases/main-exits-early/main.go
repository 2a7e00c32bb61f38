package main

import (
	"fmt"
	"time"
)

// main does not wait for its goroutines: the program ends when main returns.
func main() {
	go func() {
		time.Sleep(time.Second)
		fmt.Println("background goroutine: never printed")
	}()
	go func() {
		for {
		}
	}()
	fmt.Println("main returns")
}
