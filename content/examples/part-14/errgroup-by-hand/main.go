// Command errgroup-by-hand builds the core of golang.org/x/sync/errgroup
// from the standard library: run tasks, keep the first error, cancel the
// others, wait for all of them.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

// Group is a set of tasks that succeed or fail together.
type Group struct {
	wg     sync.WaitGroup
	once   sync.Once // guards err: only the first failure writes it
	err    error
	cancel context.CancelFunc
}

// WithContext returns a Group and a context cancelled when a task fails.
func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

// Go runs task in a new goroutine.
func (g *Group) Go(task func() error) {
	g.wg.Go(func() {
		if err := task(); err != nil {
			g.once.Do(func() {
				g.err = err // first record, then cancel the others
				g.cancel()
			})
		}
	})
}

// Wait blocks until every task has returned, then returns the first error.
func (g *Group) Wait() error {
	g.wg.Wait()
	g.cancel() // release the context's resources on success too
	return g.err
}

func main() {
	g, ctx := WithContext(context.Background())

	var stopped atomic.Int32
	for range 3 {
		g.Go(func() error {
			<-ctx.Done() // a slow call that gives up when cancelled
			stopped.Add(1)
			return ctx.Err()
		})
	}
	g.Go(func() error { return errors.New("shipping: upstream returned 503") })

	err := g.Wait()
	fmt.Println("Wait returned:", err)
	fmt.Println("tasks cancelled and waited for:", stopped.Load())
	fmt.Println("ctx.Err() after Wait:", ctx.Err())
}
