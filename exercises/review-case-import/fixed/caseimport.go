// Package caseimport loads the cases a partner exports into our case store.
package caseimport

import (
	"context"
	"errors"
	"fmt"
)

// ErrNotFound is what a Store's errors wrap when no case has the id.
var ErrNotFound = errors.New("case not found")

// ErrInvalid marks a case that fails validation; the partner must fix it.
var ErrInvalid = errors.New("invalid case")

// Case is one support case as the partner exports it.
type Case struct {
	ID       string
	Title    string
	Priority int
}

// Store is the case database. Its errors wrap ErrNotFound when a case does
// not exist, and errors worth retrying have a Timeout() bool method.
type Store interface {
	Get(ctx context.Context, id string) (Case, error)
	Create(ctx context.Context, c Case) error
	Update(ctx context.Context, c Case) error
}

// Result lists the ids of the cases an import wrote.
type Result struct {
	Created []string
	Updated []string
}

// Importer upserts partner cases into the store.
type Importer struct {
	Store Store
	// Attempts is how many times a write is tried while the store times out.
	Attempts int
}

// Import validates and upserts the cases in order. It stops at the first
// failure; the Result lists exactly the cases written before it, and callers
// tell the partner about bad data with errors.Is(err, ErrInvalid). The
// error is returned, not logged: the caller decides where it is reported.
func (im *Importer) Import(ctx context.Context, cases []Case) (Result, error) {
	var res Result
	for _, c := range cases {
		if err := validate(c); err != nil {
			return res, fmt.Errorf("case %s: %w", c.ID, err)
		}
		_, err := im.Store.Get(ctx, c.ID)
		switch {
		case errors.Is(err, ErrNotFound):
			if err = im.write(func() error { return im.Store.Create(ctx, c) }); err == nil {
				res.Created = append(res.Created, c.ID)
			}
		case err == nil:
			if err = im.write(func() error { return im.Store.Update(ctx, c) }); err == nil {
				res.Updated = append(res.Updated, c.ID)
			}
		}
		if err != nil {
			return res, fmt.Errorf("import case %s: %w", c.ID, err)
		}
	}
	return res, nil
}

// timeout is the behaviour of an error worth retrying.
type timeout interface {
	error
	Timeout() bool
}

// write runs op, and runs it again while the store reports a timeout.
func (im *Importer) write(op func() error) error {
	var err error
	for range max(im.Attempts, 1) {
		err = op()
		if t, ok := errors.AsType[timeout](err); !ok || !t.Timeout() {
			return err
		}
	}
	return err
}

func validate(c Case) error {
	if c.ID == "" || c.Title == "" {
		return fmt.Errorf("%w: id and title are required", ErrInvalid)
	}
	if c.Priority < 1 || c.Priority > 4 {
		return fmt.Errorf("%w: priority %d is not between 1 and 4", ErrInvalid, c.Priority)
	}
	return nil
}
