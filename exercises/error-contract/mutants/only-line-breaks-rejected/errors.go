// Package httpapi is the HTTP adapter of caseflow-service. This file holds
// its error contract: every failure becomes {"code","message","request_id"}
// with a status code and a code that clients can rely on.
package httpapi

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
)

// ErrorBody is the JSON body of every error response.
type ErrorBody struct {
	Code      string `json:"code"`
	Message   string `json:"message"`
	RequestID string `json:"request_id"`
}

// HandlerFunc is an HTTP handler that reports failure by returning an error.
type HandlerFunc func(w http.ResponseWriter, r *http.Request) error

type requestIDKey struct{}

// Handle adapts fn to an http.Handler. It gives the request an id, echoes it
// in the X-Request-ID response header, stores it in the request context, and
// writes the error contract when fn returns an error.
func Handle(fn HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Request-ID")
		if !validRequestID(id) {
			id = newRequestID()
		}
		w.Header().Set("X-Request-ID", id)
		r = r.WithContext(context.WithValue(r.Context(), requestIDKey{}, id))
		if err := fn(w, r); err != nil {
			WriteError(w, id, err)
		}
	})
}

// RequestIDFrom returns the request id that Handle stored in ctx, or "".
func RequestIDFrom(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}

// WriteError writes the contract body for err. Only fixed messages, and the
// Message of a RequestError, ever reach the client.
func WriteError(w http.ResponseWriter, requestID string, err error) {
	status, code, message := classify(err)
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Request-ID", requestID)
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(ErrorBody{Code: code, Message: message, RequestID: requestID})
}

func classify(err error) (status int, code, message string) {
	var bad *RequestError
	switch {
	case errors.As(err, &bad):
		return http.StatusBadRequest, "invalid_request", bad.Message
	case errors.Is(err, ErrNotFound):
		return http.StatusNotFound, "case_not_found", "case not found"
	case errors.Is(err, ErrInvalidTransition):
		return http.StatusConflict, "invalid_transition", "case transition is not allowed"
	case errors.Is(err, ErrConflict):
		return http.StatusConflict, "conflict", "case was changed by another request; reload it and retry"
	case errors.Is(err, ErrReviewerRequired):
		return http.StatusBadRequest, "reviewer_required", "a reviewer id is required to start review"
	case errors.Is(err, ErrForbidden):
		return http.StatusForbidden, "forbidden", "you are not allowed to do this"
	default:
		return http.StatusInternalServerError, "internal_error", "internal error"
	}
}

// validRequestID accepts 1 to 64 printable ASCII characters without spaces.
func validRequestID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	return !strings.ContainsAny(id, "\r\n")
}

func newRequestID() string {
	var b [8]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never returns an error
	return "req-" + hex.EncodeToString(b[:])
}
