// Package relay moves committed outbox events to the message broker. It
// runs beside the HTTP server and stops when its context is cancelled.
package relay

import (
	"context"
	"log/slog"
	"time"

	"gomastery/examples/part-34/caseflow-service/internal/caseflow"
)

// Outbox is the relay's view of the outbox table.
type Outbox interface {
	// ClaimOutbox returns up to limit events that are due for publishing.
	ClaimOutbox(ctx context.Context, limit int) ([]caseflow.OutboxEvent, error)
	// MarkPublished records that the events with these ids were delivered.
	MarkPublished(ctx context.Context, ids []string) error
}

// PublishFunc delivers one event to the broker. Delivery is at least once:
// an event can be published again if marking it fails, so consumers must
// deduplicate by event id.
type PublishFunc func(context.Context, caseflow.OutboxEvent) error

// Relay polls the outbox and publishes what it finds.
type Relay struct {
	Outbox   Outbox
	Publish  PublishFunc
	Batch    int
	Interval time.Duration
	Log      *slog.Logger
}

// Run publishes a batch every Interval until ctx is cancelled. A batch in
// progress is finished, not abandoned, which is what draining means here.
func (r *Relay) Run(ctx context.Context) {
	ticker := time.NewTicker(r.Interval)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
			// The batch gets its own context so that shutdown does not cut
			// a publish in half; its deadline still bounds it.
			batchCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
			if _, err := r.PublishOnce(batchCtx); err != nil {
				r.Log.Warn("outbox batch failed", "err", err)
			}
			cancel()
		}
	}
}

// PublishOnce publishes one batch in order and stops at the first failure,
// so the failed event and those after it are retried on the next batch.
func (r *Relay) PublishOnce(ctx context.Context) (int, error) {
	events, err := r.Outbox.ClaimOutbox(ctx, r.Batch)
	if err != nil {
		return 0, err
	}
	var done []string
	var pubErr error
	for _, e := range events {
		if pubErr = r.Publish(ctx, e); pubErr != nil {
			break
		}
		done = append(done, e.ID)
	}
	if len(done) > 0 {
		if err := r.Outbox.MarkPublished(ctx, done); err != nil {
			return 0, err // these events will be published again: at least once
		}
	}
	return len(done), pubErr
}
