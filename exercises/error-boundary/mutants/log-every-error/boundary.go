// Package orders holds the two error boundaries of an order service: the
// storage adapter's (database errors in, domain errors out) and the HTTP
// adapter's (domain errors in, a status and a public message out).
package orders

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
)

// transientError marks an infrastructure failure that may succeed if the
// operation is retried. It keeps the cause for the logs.
type transientError struct {
	op  string
	err error
}

func (e *transientError) Error() string   { return e.op + ": " + e.err.Error() }
func (e *transientError) Unwrap() error   { return e.err }
func (e *transientError) Retryable() bool { return true }

// FromStore translates an error from the database layer for operation op.
func FromStore(op string, err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("%s: %w", op, ErrNotFound)
	}
	if de, ok := errors.AsType[*DriverError](err); ok {
		switch de.Code {
		case CodeUniqueViolation:
			return fmt.Errorf("%s: %w", op, ErrConflict)
		case CodeSerializationFailure, CodeDeadlockDetected:
			return &transientError{op: op, err: err}
		}
	}
	return fmt.Errorf("%s: %w", op, err)
}

type retryer interface {
	error
	Retryable() bool
}

type timeouter interface {
	error
	Timeout() bool
}

// Retryable reports whether retrying the operation that failed with err may
// succeed. It asks the errors in err's tree what they can do.
func Retryable(err error) bool {
	if r, ok := errors.AsType[retryer](err); ok {
		return r.Retryable()
	}
	if t, ok := errors.AsType[timeouter](err); ok {
		return t.Timeout()
	}
	return false
}

// Body is the JSON body of every error response.
type Body struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// WriteError writes the response for a non-nil err. Clients get a stable
// code and a fixed message; the cause goes to logf when the fault is ours.
func WriteError(w http.ResponseWriter, err error, logf func(format string, args ...any)) {
	var (
		status int
		body   Body
	)
	switch {
	case errors.Is(err, ErrNotFound):
		status, body = http.StatusNotFound, Body{"not_found", "order not found"}
	case errors.Is(err, ErrConflict):
		status, body = http.StatusConflict, Body{"conflict", "the order was changed by another request; reload it and try again"}
	case Retryable(err):
		status, body = http.StatusServiceUnavailable, Body{"unavailable", "the service is temporarily unavailable; try again"}
		w.Header().Set("Retry-After", "1")
	default:
		status, body = http.StatusInternalServerError, Body{"internal", "internal error"}
	}
	logf("%d %s: %v", status, body.Code, err)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(body) // nothing useful to do if the client has gone
}
