// Command nil-channels merges two channels with one select loop, and turns
// off the case of each input once it is closed by setting it to nil.
package main

import (
	"fmt"
	"slices"
)

func send(values ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, v := range values {
			out <- v
		}
	}()
	return out
}

func main() {
	a := send("a1", "a2", "a3")
	b := send("b1", "b2")

	var got []string
	rounds := 0
	for a != nil || b != nil {
		rounds++
		select {
		case v, ok := <-a:
			if !ok {
				a = nil  // a receive from a nil channel blocks forever,
				continue // so select never picks this case again
			}
			got = append(got, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			got = append(got, v)
		}
	}
	slices.Sort(got) // the interleaving of a and b differs between runs
	fmt.Println(got)
	fmt.Println("rounds:", rounds, "= 5 values + 2 closes")
}
