// Package shutdown stops the parts of a service one after another.
package shutdown

import (
	"context"
	"errors"
	"fmt"
)

// Step stops one part of a service: the HTTP server, the workers, the
// database pool. Stop should return early when ctx is done.
type Step struct {
	Name string
	Stop func(ctx context.Context) error
}

// Run calls every step's Stop in the order given, each after the previous
// one has returned, and passes each the same ctx, which carries the
// shutdown deadline. A failed step, or an expired ctx, does not skip the
// later steps. Run returns nil if every step succeeded, and otherwise the
// failures joined in order, each prefixed with its step's name.
func Run(ctx context.Context, steps ...Step) error {
	var errs []error
	for _, s := range steps {
		if err := s.Stop(ctx); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", s.Name, err))
		}
	}
	return errors.Join(errs...)
}
