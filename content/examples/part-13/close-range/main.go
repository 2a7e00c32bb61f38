// Command close-range shows what close means to receivers, and the three
// channel operations that panic.
package main

import "fmt"

// try runs f and returns the message of the panic it raised, if any.
func try(f func()) (msg any) {
	defer func() { msg = recover() }()
	f()
	return nil
}

func main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	ch <- "c"
	close(ch) // no more sends; the buffered values are still delivered
	v, ok := <-ch
	fmt.Printf("%q %v\n", v, ok)
	for v := range ch { // receives what is left, then ends
		fmt.Print(v, " ")
	}
	fmt.Println("- range ended")
	v, ok = <-ch // closed and drained: the zero value, at once
	fmt.Printf("%q %v\n", v, ok)

	fmt.Println("send on closed:", try(func() { ch <- "d" }))
	fmt.Println("close twice:   ", try(func() { close(ch) }))
	var never chan string
	fmt.Println("close nil:     ", try(func() { close(never) }))
}
