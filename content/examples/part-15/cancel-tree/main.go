// Command cancel-tree shows that cancellation flows from a parent context
// to its children and never back up, and what WithoutCancel and AfterFunc
// change about that.
package main

import (
	"context"
	"errors"
	"fmt"
)

type key struct{}

func state(name string, ctx context.Context) {
	fmt.Printf("%-9s err=%v cause=%v\n", name, ctx.Err(), context.Cause(ctx))
}

func main() {
	root, cancelRoot := context.WithCancelCause(context.Background())
	root = context.WithValue(root, key{}, "req-42")

	child, cancelChild := context.WithCancel(root)
	sibling, cancelSibling := context.WithCancel(root)
	defer cancelSibling()
	detached := context.WithoutCancel(root)

	closed := make(chan struct{})
	stop := context.AfterFunc(root, func() {
		fmt.Println("AfterFunc: root is done, closing the connection")
		close(closed)
	})
	defer stop()

	// Cancelling a child does not touch its parent or its siblings.
	cancelChild()
	fmt.Println("-- after cancelChild")
	state("child", child)
	state("root", root)
	state("sibling", sibling)

	// Cancelling the root reaches every descendant, with its cause.
	cancelRoot(errors.New("client went away"))
	<-closed // AfterFunc runs f in its own goroutine
	fmt.Println("-- after cancelRoot")
	state("root", root)
	state("sibling", sibling)
	state("child", child)
	state("detached", detached)
	fmt.Println("detached value:", detached.Value(key{}))
	fmt.Println("stop after it ran:", stop())
}
