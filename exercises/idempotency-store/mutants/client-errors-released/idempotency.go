// Package idempotency makes retried write requests safe: the first request
// with a key runs, and every repeat gets the first response back.
package idempotency

import (
	"errors"
	"sync"
)

// Errors returned by Store.Do. The HTTP layer maps them to responses:
// ErrMissingKey to 400, ErrKeyReused to 422, ErrInFlight to 409.
var (
	ErrMissingKey = errors.New("idempotency: key required")
	ErrKeyReused  = errors.New("idempotency: key reused with a different request")
	ErrInFlight   = errors.New("idempotency: a request with this key is still in flight")
)

// Scope says whose key it is: the same key sent by another tenant or to
// another operation is a different key.
type Scope struct {
	TenantID  string
	Operation string // e.g. "POST /cases/{id}/submit"
}

// Response is what the first request produced and what a replay returns.
type Response struct {
	Status int
	Body   []byte
}

type entryKey struct {
	scope Scope
	key   string
}

type entry struct {
	requestHash string
	done        bool
	resp        Response
}

// Store remembers idempotency keys. It is safe for concurrent use; the
// zero value is not ready, use NewStore.
type Store struct {
	mu      sync.Locker // guards entries and every entry in it
	entries map[entryKey]*entry
}

// NewStore returns an empty store.
func NewStore() *Store {
	return newStore(new(sync.Mutex))
}

// newStore returns an empty store guarded by mu. The tests pass a Locker
// that watches when it is held and lets another request in when it is
// released.
func newStore(mu sync.Locker) *Store {
	return &Store{mu: mu, entries: make(map[entryKey]*entry)}
}

// Do runs handle at most once per scope and key.
//
//   - First request: records the key as in flight, runs handle without
//     holding the lock, and stores its response. replayed is false.
//   - Repeat with the same request hash after completion: returns a copy of
//     the stored response without running handle. replayed is true.
//   - Same key with a different request hash: ErrKeyReused.
//   - Repeat while the first is still running: ErrInFlight, at once.
//   - If handle returns an error or panics, the key is released so that a
//     retry can run; the error (or panic) reaches the caller unchanged.
func (s *Store) Do(scope Scope, key, requestHash string, handle func() (Response, error)) (resp Response, replayed bool, err error) {
	if key == "" {
		return Response{}, false, ErrMissingKey
	}
	k := entryKey{scope, key}

	s.mu.Lock()
	if e, ok := s.entries[k]; ok {
		defer s.mu.Unlock()
		switch {
		case e.requestHash != requestHash:
			return Response{}, false, ErrKeyReused
		case !e.done:
			return Response{}, false, ErrInFlight
		default:
			return clone(e.resp), true, nil
		}
	}
	e := &entry{requestHash: requestHash}
	s.entries[k] = e
	s.mu.Unlock()

	completed := false
	defer func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		if completed {
			e.done, e.resp = true, clone(resp)
		} else {
			delete(s.entries, k) // failed or panicked: let a retry run
		}
	}()
	resp, err = handle()
	if err != nil {
		return Response{}, false, err
	}
	completed = resp.Status < 400 // a 4xx or 5xx did not really happen
	return resp, false, nil
}

// clone copies the body so that neither the caller nor the store can
// change the other's bytes.
func clone(r Response) Response {
	if r.Body != nil {
		r.Body = append([]byte(nil), r.Body...)
	}
	return r
}
