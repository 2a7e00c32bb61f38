package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOperation(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return fmt.Errorf("slow operation: %w", ctx.Err())
	}
}

type keyType struct{}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()

	start := time.Now()
	err := slowOperation(ctx, 2*time.Second)
	elapsed := time.Since(start)
	fmt.Println(err)
	fmt.Println(errors.Is(err, context.DeadlineExceeded))
	fmt.Println("stopped early:", elapsed < time.Second)

	_, hasDeadline := ctx.Deadline()
	fmt.Println("has deadline:", hasDeadline)

	// Finishing before the deadline.
	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Second)
	fmt.Println(slowOperation(ctx2, 10*time.Millisecond))
	cancel2()
	fmt.Println(ctx2.Err())

	// Cancel with a cause.
	ctx3, cancel3 := context.WithCancelCause(context.Background())
	cancel3(errors.New("user left"))
	<-ctx3.Done()
	fmt.Println(ctx3.Err(), context.Cause(ctx3))

	// Values travel down the tree.
	ctx4 := context.WithValue(context.Background(), keyType{}, "req-42")
	child, cancel4 := context.WithCancel(ctx4)
	defer cancel4()
	fmt.Println(child.Value(keyType{}))

	// AfterFunc runs when the context is done.
	ctx5, cancel5 := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel5()
	fired := make(chan struct{})
	context.AfterFunc(ctx5, func() { close(fired) })
	<-fired
	fmt.Println("after func fired:", ctx5.Err())

	ctx6, cancel6 := context.WithTimeoutCause(context.Background(), 10*time.Millisecond, errors.New("too slow"))
	defer cancel6()
	<-ctx6.Done()
	fmt.Println(context.Cause(ctx6))
}
