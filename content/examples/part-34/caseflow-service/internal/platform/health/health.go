// Package health serves liveness and readiness probes.
//
// Liveness answers "is this process able to make progress?" and never looks
// at dependencies: restarting a healthy process because the database is down
// only adds a restart storm to the outage. Readiness answers "should this
// instance get traffic now?" and turns false while draining or while a
// dependency it cannot work without is unreachable.
package health

import (
	"context"
	"net/http"
	"sync/atomic"
	"time"
)

// Check reports whether one dependency is usable.
type Check struct {
	Name string
	Func func(context.Context) error
}

// State holds the probe answers. The zero value is live and ready.
type State struct {
	draining atomic.Bool
	Checks   []Check
}

// StartDraining makes readiness fail from now on, so the load balancer
// stops sending new requests before the server stops accepting them.
func (s *State) StartDraining() { s.draining.Store(true) }

// Live answers the liveness probe.
func (s *State) Live(w http.ResponseWriter, _ *http.Request) {
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write([]byte("ok\n"))
}

// Ready answers the readiness probe.
func (s *State) Ready(w http.ResponseWriter, r *http.Request) {
	if s.draining.Load() {
		http.Error(w, "draining", http.StatusServiceUnavailable)
		return
	}
	for _, c := range s.Checks {
		ctx, cancel := context.WithTimeout(r.Context(), time.Second)
		err := c.Func(ctx)
		cancel()
		if err != nil {
			// Name the dependency, not the error: probes are unauthenticated.
			http.Error(w, c.Name+" unavailable", http.StatusServiceUnavailable)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write([]byte("ready\n"))
}
