package main

import "fmt"

func main() {
	fmt.Println("about to spin")
	for {
	}
}
