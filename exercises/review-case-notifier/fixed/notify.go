// Package notify tells subscribers that a case changed, on every channel
// they have switched on: email, SMS, push.
package notify

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// Notification is one case update for one subscriber.
type Notification struct {
	CaseID    string
	Recipient string
	Text      string
}

// Sender delivers notifications on one channel.
type Sender interface {
	Name() string
	Send(ctx context.Context, n Notification) error
}

// Dispatcher fans a notification out to every sender.
type Dispatcher struct {
	Senders []Sender
	// Workers bounds how many notifications SendAll delivers at once.
	Workers int
}

// Send delivers n on every channel at once and returns the first failure.
// It gives up when ctx is done; the senders see the same ctx, and the
// buffered channel lets each of them finish even after Send has returned.
func (d *Dispatcher) Send(ctx context.Context, n Notification) error {
	errs := make(chan error, len(d.Senders))
	for _, s := range d.Senders {
		go func() {
			if err := s.Send(ctx, n); err != nil {
				errs <- fmt.Errorf("notify case %s via %s: %w", n.CaseID, s.Name(), err)
				return
			}
			errs <- nil
		}()
	}
	for range d.Senders {
		select {
		case err := <-errs:
			if err != nil {
				return err
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// SendAll delivers every notification, at most d.Workers at a time, and
// returns every failure, joined.
func (d *Dispatcher) SendAll(ctx context.Context, ns []Notification) error {
	var (
		wg     sync.WaitGroup
		mu     sync.Mutex
		failed []error
	)
	sem := make(chan struct{}, max(d.Workers, 1))
	for _, n := range ns {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			if err := d.Send(ctx, n); err != nil {
				mu.Lock()
				failed = append(failed, err)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	return errors.Join(failed...)
}
