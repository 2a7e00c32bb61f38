// Package quota meters each tenant's API calls against the monthly limit of
// its plan and reports the usage to billing.
package quota

import (
	"context"
	"fmt"
	"maps"
	"sync"
)

// Plans knows the monthly call limit of each tenant's plan.
type Plans interface {
	Limit(tenant string) int
}

// Sink receives usage for invoicing. Report writes to the billing database
// and can take a few seconds when it is busy.
type Sink interface {
	Report(ctx context.Context, usage map[string]int) error
}

// Meter counts calls per tenant for the current month. It is safe for
// concurrent use: every API request calls Allow.
type Meter struct {
	Plans Plans
	Sink  Sink

	// mu guards used. Every Allow writes, so a plain Mutex: an RWMutex
	// would only add cost.
	mu   sync.Mutex
	used map[string]int
}

// Allow counts one call for tenant if the tenant is still within its plan's
// limit, and reports whether it did. The check and the count are one
// critical section; the plan is looked up before it, outside the lock.
func (m *Meter) Allow(tenant string) bool {
	limit := m.Plans.Limit(tenant)

	m.mu.Lock()
	defer m.mu.Unlock()
	if m.used[tenant] >= limit {
		return false
	}
	if m.used == nil {
		m.used = make(map[string]int)
	}
	m.used[tenant]++
	return true
}

// Usage returns a copy of the calls counted per tenant this month.
func (m *Meter) Usage() map[string]int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return maps.Clone(m.used)
}

// Flush reports this month's usage to billing; a job calls it every minute.
// It reports a copy, so requests are not held up while billing is slow.
func (m *Meter) Flush(ctx context.Context) error {
	if err := m.Sink.Report(ctx, m.Usage()); err != nil {
		return fmt.Errorf("report usage: %w", err)
	}
	return nil
}

// StartMonth forgets the counts, on the first of the month, after the last
// Flush of the old month.
func (m *Meter) StartMonth() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.used = nil
}
