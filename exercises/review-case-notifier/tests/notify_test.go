package notify

import (
	"context"
	"errors"
	"runtime"
	"sync/atomic"
	"testing"
	"time"
)

// fakeSender returns err, after release is closed when release is not nil,
// and records how many of its sends run at once.
type fakeSender struct {
	name    string
	err     error
	release chan struct{}
	delay   time.Duration
	active  atomic.Int32
	peak    atomic.Int32
}

func (f *fakeSender) Name() string { return f.name }

func (f *fakeSender) Send(ctx context.Context, n Notification) error {
	now := f.active.Add(1)
	defer f.active.Add(-1)
	for {
		old := f.peak.Load()
		if now <= old || f.peak.CompareAndSwap(old, now) {
			break
		}
	}
	if f.release != nil {
		<-f.release
	}
	time.Sleep(f.delay)
	return f.err
}

// blockingSender is a provider that hangs until the caller gives up.
type blockingSender struct{}

func (blockingSender) Name() string { return "sms" }
func (blockingSender) Send(ctx context.Context, n Notification) error {
	<-ctx.Done()
	return ctx.Err()
}

// goroutinesBackTo waits up to two seconds for the goroutine count to fall to want.
func goroutinesBackTo(want int) int {
	deadline := time.Now().Add(2 * time.Second)
	for {
		got := runtime.NumGoroutine()
		if got <= want || time.Now().After(deadline) {
			return got
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestSendLeavesNoGoroutineBehindWhenOneChannelFails(t *testing.T) {
	down := errors.New("push gateway down")
	d := &Dispatcher{Senders: []Sender{&fakeSender{name: "email"}}}
	// Warm up, so that goroutines the runtime starts on first use (timers,
	// on some platforms) are already counted.
	if err := d.Send(context.Background(), Notification{CaseID: "C-6"}); err != nil {
		t.Fatalf("Send: %v", err)
	}
	time.Sleep(10 * time.Millisecond)
	before := runtime.NumGoroutine()
	release := make(chan struct{})
	d = &Dispatcher{Senders: []Sender{
		&fakeSender{name: "email", release: release},
		&fakeSender{name: "push", err: down},
		&fakeSender{name: "sms", release: release},
	}}
	err := d.Send(context.Background(), Notification{CaseID: "C-7", Recipient: "ada@example.com"})
	close(release)
	if !errors.Is(err, down) {
		t.Fatalf("Send error = %v, want it to wrap %v", err, down)
	}
	if got := goroutinesBackTo(before); got > before {
		t.Errorf("%d goroutines are still running after Send returned (%d before): the senders that finished after the failure are stuck", got-before, before)
	}
}

func TestSendGivesUpAndCancelsTheSendersWhenCtxIsDone(t *testing.T) {
	d := &Dispatcher{Senders: []Sender{blockingSender{}}}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- d.Send(ctx, Notification{CaseID: "C-8"}) }()
	select {
	case err := <-done:
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("Send error = %v, want context.DeadlineExceeded", err)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("Send was still waiting 2s after its context's 20ms deadline: the senders never see ctx")
	}
}

func TestSendAllRunsAtMostWorkersAtOnce(t *testing.T) {
	email := &fakeSender{name: "email", delay: 5 * time.Millisecond}
	d := &Dispatcher{Senders: []Sender{email}, Workers: 3}
	ns := make([]Notification, 40)
	for i := range ns {
		ns[i] = Notification{CaseID: "C-9", Recipient: "subscriber"}
	}
	if err := d.SendAll(context.Background(), ns); err != nil {
		t.Fatalf("SendAll: %v", err)
	}
	if peak := email.peak.Load(); peak > 3 {
		t.Errorf("%d sends ran at once with Workers = 3", peak)
	}
}

func TestSendAllReturnsEveryFailure(t *testing.T) {
	bounce := errors.New("mailbox full")
	d := &Dispatcher{Senders: []Sender{&fakeSender{name: "email", err: bounce}}, Workers: 2}
	err := d.SendAll(context.Background(), []Notification{{CaseID: "C-10"}, {CaseID: "C-11"}})
	if !errors.Is(err, bounce) {
		t.Errorf("SendAll error = %v, want it to wrap %v", err, bounce)
	}
}
