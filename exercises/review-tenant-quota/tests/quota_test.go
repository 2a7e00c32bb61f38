package quota

import (
	"context"
	"sync"
	"testing"
	"time"
)

// fixedPlans gives every tenant the same limit.
type fixedPlans int

func (p fixedPlans) Limit(string) int { return int(p) }

// meetingPlans holds each Limit call until a second one has arrived (or a
// second has passed), so two Allow calls are in flight at the same moment.
type meetingPlans struct {
	limit   int
	mu      sync.Mutex
	arrived int
	both    chan struct{}
}

func (p *meetingPlans) Limit(string) int {
	p.mu.Lock()
	p.arrived++
	if p.arrived == 2 {
		close(p.both)
	}
	p.mu.Unlock()
	select {
	case <-p.both:
	case <-time.After(time.Second):
	}
	return p.limit
}

// slowSink blocks in Report until release is closed.
type slowSink struct {
	entered chan struct{}
	release chan struct{}
}

func (s *slowSink) Report(ctx context.Context, usage map[string]int) error {
	close(s.entered)
	<-s.release
	return nil
}

func TestAllowStopsAtTheLimit(t *testing.T) {
	m := &Meter{Plans: fixedPlans(2)}
	got := []bool{m.Allow("acme"), m.Allow("acme"), m.Allow("acme")}
	if got[0] != true || got[1] != true || got[2] != false {
		t.Errorf("three calls on a plan of 2: Allow = %v, want [true true false]", got)
	}
}

func TestTwoConcurrentCallsAreBothCounted(t *testing.T) {
	m := &Meter{Plans: &meetingPlans{limit: 100, both: make(chan struct{})}}
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() { m.Allow("acme") })
	}
	wg.Wait()
	if n := m.Usage()["acme"]; n != 2 {
		t.Errorf("two allowed calls counted as %d: one update was lost", n)
	}
}

func TestAllowIsNotHeldUpWhileBillingIsSlow(t *testing.T) {
	sink := &slowSink{entered: make(chan struct{}), release: make(chan struct{})}
	m := &Meter{Plans: fixedPlans(100), Sink: sink}
	m.Allow("acme")
	flushed := make(chan error, 1)
	go func() { flushed <- m.Flush(context.Background()) }()
	<-sink.entered
	allowed := make(chan bool, 1)
	go func() { allowed <- m.Allow("globex") }()
	select {
	case <-allowed:
		close(sink.release)
	case <-time.After(time.Second):
		t.Error("Allow waited more than a second for a Flush in progress: every API request stalls while billing is slow")
		close(sink.release)
		<-allowed
	}
	if err := <-flushed; err != nil {
		t.Errorf("Flush: %v", err)
	}
}

func TestUsageIsACopy(t *testing.T) {
	m := &Meter{Plans: fixedPlans(100)}
	m.Allow("acme")
	m.Usage()["acme"] = 1000
	if n := m.Usage()["acme"]; n != 1 {
		t.Errorf("after a caller changed the map Usage returned, the meter counts %d calls, want 1", n)
	}
}
