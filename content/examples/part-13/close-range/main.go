// Command close-range shows what close means to receivers, and the three
// channel operations that panic.
package main

import "fmt"

// countdown owns its channel: it creates it, is its only sender, and
// closes it when there is nothing more to send.
func countdown(from int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := from; i > 0; i-- {
			out <- i
		}
	}()
	return out
}

// try runs f and returns the message of the panic it raised, if any.
func try(f func()) (msg any) {
	defer func() { msg = recover() }()
	f()
	return nil
}

func main() {
	for n := range countdown(3) { // ends when the channel is closed
		fmt.Print(n, " ")
	}
	fmt.Println("liftoff")

	ch := make(chan string, 2)
	ch <- "a"
	ch <- "b"
	close(ch) // no more sends; the buffered values are still delivered
	v, ok := <-ch
	fmt.Printf("%q %v\n", v, ok)
	v, ok = <-ch
	fmt.Printf("%q %v\n", v, ok)
	v, ok = <-ch // closed and drained: the zero value, at once
	fmt.Printf("%q %v\n", v, ok)

	fmt.Println("send on closed:", try(func() { ch <- "c" }))
	fmt.Println("close twice:   ", try(func() { close(ch) }))
	var never chan string
	fmt.Println("close nil:     ", try(func() { close(never) }))
}
