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
// It gives up when ctx is done.
func (d *Dispatcher) Send(ctx context.Context, n Notification) error {
	errs := make(chan error)
	for _, s := range d.Senders {
		go func() {
			errs <- s.Send(context.Background(), n)
		}()
	}
	for range d.Senders {
		if err := <-errs; err != nil {
			return fmt.Errorf("notify %s: %w", n.Recipient, err)
		}
	}
	return nil
}

// SendAll delivers every notification, at most d.Workers at a time, and
// returns every failure, joined.
func (d *Dispatcher) SendAll(ctx context.Context, ns []Notification) error {
	var wg sync.WaitGroup
	var failed []error
	for _, n := range ns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := d.Send(ctx, n); err != nil {
				failed = append(failed, err)
			}
		}()
	}
	wg.Wait()
	return errors.Join(failed...)
}
