package orders

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"
)

// Behaviours as another package would declare them: the tests never name
// the type your FromStore uses.
type externalRetryer interface {
	error
	Retryable() bool
}

// extThrottled is a retryable error from some client package.
type extThrottled struct{}

func (extThrottled) Error() string   { return "payments api: rate limited" }
func (extThrottled) Retryable() bool { return true }

// extRejected is an error that says it is not worth retrying.
type extRejected struct{ err error }

func (e extRejected) Error() string   { return "retry budget spent: " + e.err.Error() }
func (e extRejected) Unwrap() error   { return e.err }
func (e extRejected) Retryable() bool { return false }

// extSlowDisk is an infrastructure error that reports whether it timed out.
type extSlowDisk struct{ timedOut bool }

func (extSlowDisk) Error() string     { return "disk: operation too slow" }
func (e extSlowDisk) Timeout() bool   { return e.timedOut }
func (e extSlowDisk) Temporary() bool { return true } // deprecated behaviour; must be ignored
func testDriverError(code, msg string) *DriverError {
	return &DriverError{Code: code, Message: msg, Detail: "Key (sku)=(MUG-1) already exists."}
}

func TestFromStoreNil(t *testing.T) {
	if got := FromStore("load order 42", nil); got != nil {
		t.Fatalf("FromStore(op, nil) = %#v (dynamic type %T), want a nil error interface", got, got)
	}
}

func TestFromStoreNotFound(t *testing.T) {
	for _, in := range []error{sql.ErrNoRows, fmt.Errorf("scan order row: %w", sql.ErrNoRows)} {
		t.Run(in.Error(), func(t *testing.T) {
			const op = "load order 42"
			got := FromStore(op, in)
			if !errors.Is(got, ErrNotFound) {
				t.Errorf("FromStore(%q, %q) = %q; errors.Is(_, ErrNotFound) = false, want true", op, in, got)
			}
			if errors.Is(got, sql.ErrNoRows) {
				t.Errorf("FromStore(%q, %q) = %q still wraps sql.ErrNoRows; the storage sentinel must not leak into the domain", op, in, got)
			}
			if got != nil && !strings.Contains(got.Error(), op) {
				t.Errorf("FromStore(%q, %q) message %q does not contain the operation %q", op, in, got, op)
			}
		})
	}
}

func TestFromStoreConflict(t *testing.T) {
	unique := testDriverError(CodeUniqueViolation, `duplicate key value violates unique constraint "orders_sku_key"`)
	for _, in := range []error{unique, fmt.Errorf("exec insert: %w", unique)} {
		t.Run(in.Error(), func(t *testing.T) {
			const op = "create order"
			got := FromStore(op, in)
			if !errors.Is(got, ErrConflict) {
				t.Errorf("FromStore(%q, %q) = %q; errors.Is(_, ErrConflict) = false, want true", op, in, got)
			}
			if _, ok := errors.AsType[*DriverError](got); ok {
				t.Errorf("FromStore(%q, %q) = %q still wraps the *DriverError; a domain error must not expose it", op, in, got)
			}
			if got != nil && !strings.Contains(got.Error(), op) {
				t.Errorf("FromStore(%q, %q) message %q does not contain the operation %q", op, in, got, op)
			}
		})
	}
}

func TestFromStoreTransient(t *testing.T) {
	serialization := testDriverError(CodeSerializationFailure, "could not serialize access due to concurrent update")
	deadlock := testDriverError(CodeDeadlockDetected, "deadlock detected")
	tests := []struct {
		name string
		in   error
		code string
	}{
		{"serialization failure", serialization, CodeSerializationFailure},
		{"deadlock, wrapped by the driver", fmt.Errorf("commit: %w", deadlock), CodeDeadlockDetected},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			const op = "reserve stock"
			got := FromStore(op, tt.in)
			if !errors.Is(got, tt.in) {
				t.Errorf("FromStore(%q, %q) = %q does not wrap its cause; errors.Is(got, cause) = false", op, tt.in, got)
			}
			de, ok := errors.AsType[*DriverError](got)
			if !ok || de.Code != tt.code {
				t.Errorf("FromStore(%q, %q): errors.AsType[*DriverError] = %v, %t; want the driver error with code %s kept for the logs", op, tt.in, de, ok, tt.code)
			}
			r, ok := errors.AsType[externalRetryer](got)
			if !ok || !r.Retryable() {
				t.Errorf("FromStore(%q, %q) = %q has no error with Retryable() == true in its tree", op, tt.in, got)
			}
			if errors.Is(got, ErrNotFound) || errors.Is(got, ErrConflict) {
				t.Errorf("FromStore(%q, %q) = %q matches a domain error; a transient failure is infrastructure", op, tt.in, got)
			}
			if got != nil && (!strings.Contains(got.Error(), op) || !strings.Contains(got.Error(), tt.in.Error())) {
				t.Errorf("FromStore(%q, %q) message %q must contain the operation and the cause's message", op, tt.in, got)
			}
		})
	}
}

func TestFromStoreOther(t *testing.T) {
	tests := []struct {
		name string
		in   error
	}{
		{"connection refused", errors.New("dial tcp 10.0.3.7:5432: connect: connection refused")},
		{"undefined table", testDriverError("42P01", `relation "orders" does not exist`)},
		{"deadline", fmt.Errorf("query: %w", context.DeadlineExceeded)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			const op = "list orders"
			got := FromStore(op, tt.in)
			if got == nil {
				t.Fatalf("FromStore(%q, %q) = nil, want an error", op, tt.in)
			}
			if !errors.Is(got, tt.in) {
				t.Errorf("FromStore(%q, %q) = %q does not wrap its cause; use %%w so the logs and errors.Is keep it", op, tt.in, got)
			}
			if !strings.Contains(got.Error(), op) || !strings.Contains(got.Error(), tt.in.Error()) {
				t.Errorf("FromStore(%q, %q) message %q must contain the operation and the cause's message", op, tt.in, got)
			}
			if r, ok := errors.AsType[externalRetryer](got); ok {
				t.Errorf("FromStore(%q, %q) = %q has a Retryable method (from %T); only serialization failures and deadlocks get one", op, tt.in, got, r)
			}
			if errors.Is(got, ErrNotFound) || errors.Is(got, ErrConflict) {
				t.Errorf("FromStore(%q, %q) = %q matches a domain error, want an infrastructure error", op, tt.in, got)
			}
		})
	}
}

func TestRetryable(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"nil", nil, false},
		{"domain: not found", fmt.Errorf("load: %w", ErrNotFound), false},
		{"domain: conflict", FromStore("save", testDriverError(CodeUniqueViolation, "duplicate key")), false},
		{"FromStore serialization failure", FromStore("save", testDriverError(CodeSerializationFailure, "could not serialize")), true},
		{"another package's retryable error, wrapped twice", fmt.Errorf("charge: %w", fmt.Errorf("call: %w", extThrottled{})), true},
		{"retryable error inside errors.Join", errors.Join(errors.New("audit: skipped"), extThrottled{}), true},
		{"Retryable() false decides before a timeout underneath", extRejected{err: context.DeadlineExceeded}, false},
		{"context.DeadlineExceeded has Timeout() true", fmt.Errorf("query: %w", context.DeadlineExceeded), true},
		{"another package's timeout", fmt.Errorf("write: %w", extSlowDisk{timedOut: true}), true},
		{"Timeout() false, Temporary() ignored", extSlowDisk{timedOut: false}, false},
		{"context.Canceled", fmt.Errorf("query: %w", context.Canceled), false},
		{"plain error", errors.New("disk full"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Retryable(tt.err); got != tt.want {
				t.Errorf("Retryable(%v) = %t, want %t", tt.err, got, tt.want)
			}
		})
	}
}

const (
	msgNotFound    = "order not found"
	msgConflict    = "the order was changed by another request; reload it and try again"
	msgUnavailable = "the service is temporarily unavailable; try again"
	msgInternal    = "internal error"
)

func TestWriteError(t *testing.T) {
	tests := []struct {
		name       string
		err        error
		status     int
		code       string
		message    string
		retryAfter string
		logged     bool
	}{
		{"not found from the store", FromStore("load order 42", sql.ErrNoRows), 404, "not_found", msgNotFound, "", false},
		{"not found, wrapped again by a use case", fmt.Errorf("cancel order 42: %w", FromStore("load order 42", sql.ErrNoRows)), 404, "not_found", msgNotFound, "", false},
		{"bare ErrNotFound", ErrNotFound, 404, "not_found", msgNotFound, "", false},
		{"conflict from the store", FromStore("create order", testDriverError(CodeUniqueViolation, `duplicate key value violates unique constraint "orders_sku_key"`)), 409, "conflict", msgConflict, "", false},
		{"domain wins over retryable", errors.Join(fmt.Errorf("save order 42: %w", ErrConflict), extThrottled{}), 409, "conflict", msgConflict, "", false},
		{"serialization failure", FromStore("reserve stock", testDriverError(CodeSerializationFailure, "could not serialize access due to concurrent update")), 503, "unavailable", msgUnavailable, "1", true},
		{"deadline from the store", FromStore("list orders", fmt.Errorf("query: %w", context.DeadlineExceeded)), 503, "unavailable", msgUnavailable, "1", true},
		{"another package's retryable error", fmt.Errorf("charge order 42: %w", extThrottled{}), 503, "unavailable", msgUnavailable, "1", true},
		{"connection refused", FromStore("load order 42", errors.New("dial tcp 10.0.3.7:5432: connect: connection refused")), 500, "internal", msgInternal, "", true},
		{"undefined table", FromStore("list orders", testDriverError("42P01", `relation "orders" does not exist`)), 500, "internal", msgInternal, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var logs []string
			logf := func(format string, args ...any) { logs = append(logs, fmt.Sprintf(format, args...)) }
			rec := httptest.NewRecorder()
			WriteError(rec, tt.err, logf)
			res := rec.Result()

			if res.StatusCode != tt.status {
				t.Errorf("status = %d, want %d (error %q)", res.StatusCode, tt.status, tt.err)
			}
			if got := res.Header.Get("Content-Type"); got != "application/json" {
				t.Errorf("Content-Type = %q, want %q (set headers before WriteHeader)", got, "application/json")
			}
			if got := res.Header.Get("Retry-After"); got != tt.retryAfter {
				t.Errorf("Retry-After = %q, want %q", got, tt.retryAfter)
			}
			raw := rec.Body.String()
			var body map[string]string
			if err := json.Unmarshal([]byte(raw), &body); err != nil {
				t.Fatalf("body %q is not a JSON object of strings: %v", raw, err)
			}
			want := map[string]string{"code": tt.code, "message": tt.message}
			if len(body) != 2 || body["code"] != want["code"] || body["message"] != want["message"] {
				t.Errorf("body = %v, want %v", body, want)
			}
			if strings.Contains(raw, "order 42") || strings.Contains(raw, "orders") || strings.Contains(raw, "10.0.3.7") || strings.Contains(raw, "SQLSTATE") {
				t.Errorf("body %q leaks internal detail from the error %q", raw, tt.err)
			}

			switch {
			case !tt.logged && len(logs) != 0:
				t.Errorf("logged %q for a %d; client errors are not ours to log", logs, tt.status)
			case tt.logged && len(logs) != 1:
				t.Errorf("logged %d lines %q, want exactly 1 for a %d", len(logs), logs, tt.status)
			case tt.logged && !strings.Contains(logs[0], tt.err.Error()):
				t.Errorf("log line %q does not contain the full error %q", logs[0], tt.err)
			}
		})
	}
}
