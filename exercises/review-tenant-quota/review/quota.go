// Package quota meters each tenant's API calls against the monthly limit of
// its plan and reports the usage to billing.
package quota

import (
	"context"
	"fmt"
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

	mu   sync.RWMutex
	used map[string]int
}

// Allow counts one call for tenant if the tenant is still within its plan's
// limit, and reports whether it did.
func (m *Meter) Allow(tenant string) bool {
	m.mu.RLock()
	n := m.used[tenant]
	m.mu.RUnlock()

	if n >= m.Plans.Limit(tenant) {
		return false
	}

	m.mu.Lock()
	if m.used == nil {
		m.used = make(map[string]int)
	}
	m.used[tenant] = n + 1
	m.mu.Unlock()
	return true
}

// Usage returns the calls counted per tenant this month.
func (m *Meter) Usage() map[string]int {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return m.used
}

// Flush reports this month's usage to billing; a job calls it every minute.
func (m *Meter) Flush(ctx context.Context) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.Sink.Report(ctx, m.used); err != nil {
		return fmt.Errorf("report usage: %w", err)
	}
	return nil
}

// StartMonth forgets the counts, on the first of the month, after the last
// Flush of the old month.
func (m *Meter) StartMonth() {
	m.used = nil
}
