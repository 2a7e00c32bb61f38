// Package httpapi is the HTTP adapter of caseflow-service. This file holds
// its error contract: every failure becomes {"code","message","request_id"}
// with a status code and a code that clients can rely on.
package httpapi

import (
	"context"
	"net/http"
)

// ErrorBody is the JSON body of every error response.
type ErrorBody struct {
	Code      string `json:"code"`
	Message   string `json:"message"`
	RequestID string `json:"request_id"`
}

// HandlerFunc is an HTTP handler that reports failure by returning an error.
type HandlerFunc func(w http.ResponseWriter, r *http.Request) error

// Handle adapts fn to an http.Handler. It gives the request an id, echoes it
// in the X-Request-ID response header, stores it in the request context, and
// writes the error contract when fn returns an error.
func Handle(fn HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// TODO: choose the request id, echo it, store it in the context,
		// and call WriteError when fn fails.
		if err := fn(w, r); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	})
}

// RequestIDFrom returns the request id that Handle stored in ctx, or "".
func RequestIDFrom(ctx context.Context) string {
	// TODO
	return ""
}

// WriteError writes the contract body for err. Only fixed messages, and the
// Message of a RequestError, ever reach the client.
func WriteError(w http.ResponseWriter, requestID string, err error) {
	// TODO: map err to a status, a code and a safe message.
	http.Error(w, err.Error(), http.StatusInternalServerError)
}
