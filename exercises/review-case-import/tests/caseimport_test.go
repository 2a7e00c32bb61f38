package caseimport

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
)

// fakeStore behaves as the real adapter does: a missing case is an error
// that wraps ErrNotFound with the query's context.
type fakeStore struct {
	cases    map[string]Case
	writeErr []error // returned by successive Create and Update calls, then nil
	writes   int
}

func (f *fakeStore) Get(_ context.Context, id string) (Case, error) {
	c, ok := f.cases[id]
	if !ok {
		return Case{}, fmt.Errorf("select case %q: %w", id, ErrNotFound)
	}
	return c, nil
}

func (f *fakeStore) write(c Case) error {
	f.writes++
	if len(f.writeErr) > 0 {
		err := f.writeErr[0]
		f.writeErr = f.writeErr[1:]
		if err != nil {
			return err
		}
	}
	if f.cases == nil {
		f.cases = map[string]Case{}
	}
	f.cases[c.ID] = c
	return nil
}

func (f *fakeStore) Create(_ context.Context, c Case) error { return f.write(c) }
func (f *fakeStore) Update(_ context.Context, c Case) error { return f.write(c) }

// dbTimeout is how the database driver reports a slow query.
type dbTimeout struct{}

func (dbTimeout) Error() string { return "cases-db: deadline exceeded after 2s" }
func (dbTimeout) Timeout() bool { return true }

func TestANewCaseIsCreatedWhenTheStoreWrapsErrNotFound(t *testing.T) {
	store := &fakeStore{}
	im := &Importer{Store: store, Attempts: 1}
	res, err := im.Import(context.Background(), []Case{{ID: "C-1", Title: "Printer on fire", Priority: 1}})
	if err != nil {
		t.Fatalf("Import: %v; a case the store does not have yet must be created", err)
	}
	if !slices.Equal(res.Created, []string{"C-1"}) {
		t.Errorf("Created = %v, want [C-1]", res.Created)
	}
}

func TestAnInvalidCaseIsReportedAsErrInvalid(t *testing.T) {
	im := &Importer{Store: &fakeStore{}, Attempts: 1}
	_, err := im.Import(context.Background(), []Case{{ID: "C-2", Title: "No priority"}})
	if !errors.Is(err, ErrInvalid) {
		t.Errorf("Import error %q does not match ErrInvalid with errors.Is, as the doc comment promises", err)
	}
}

func TestTheResultListsOnlyCasesThatWereWritten(t *testing.T) {
	refused := errors.New("row locked by another transaction")
	store := &fakeStore{
		cases:    map[string]Case{"C-3": {ID: "C-3", Title: "Old", Priority: 2}, "C-4": {ID: "C-4", Title: "Old", Priority: 2}},
		writeErr: []error{nil, refused},
	}
	im := &Importer{Store: store, Attempts: 1}
	res, err := im.Import(context.Background(), []Case{
		{ID: "C-3", Title: "New title", Priority: 2},
		{ID: "C-4", Title: "New title", Priority: 2},
	})
	if !errors.Is(err, refused) {
		t.Fatalf("Import error = %v, want it to wrap %v", err, refused)
	}
	if !slices.Equal(res.Updated, []string{"C-3"}) {
		t.Errorf("Updated = %v, want [C-3]: C-4 was not written", res.Updated)
	}
}

func TestATimeoutIsRetriedWhateverItsMessage(t *testing.T) {
	store := &fakeStore{writeErr: []error{fmt.Errorf("insert case: %w", dbTimeout{})}}
	im := &Importer{Store: store, Attempts: 3}
	if _, err := im.Import(context.Background(), []Case{{ID: "C-5", Title: "Slow", Priority: 3}}); err != nil {
		t.Fatalf("Import: %v; a write that timed out once must be tried again", err)
	}
}

func TestAPermanentErrorThatMentionsTimeoutIsNotRetried(t *testing.T) {
	bad := errors.New(`insert case: column "sla_timeout" does not exist`)
	store := &fakeStore{writeErr: []error{bad, bad, bad}}
	im := &Importer{Store: store, Attempts: 3}
	_, err := im.Import(context.Background(), []Case{{ID: "C-6", Title: "Schema drift", Priority: 3}})
	if !errors.Is(err, bad) {
		t.Fatalf("Import error = %v, want it to wrap %v", err, bad)
	}
	if store.writes != 1 {
		t.Errorf("the write was tried %d times; an error without Timeout() is permanent and must be tried once", store.writes)
	}
}
