package httpapi

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"

	"gomastery/examples/part-34/caseflow-service/internal/caseflow"
)

// errorBody is every error response. Clients switch on Code, so a code
// never changes meaning once published; Message is for humans.
type errorBody struct {
	Code      string `json:"code"`
	Message   string `json:"message"`
	RequestID string `json:"request_id"`
}

// requestError is a problem with the request itself. Its message was
// written for the client and is safe to return.
type requestError struct{ msg string }

func (e *requestError) Error() string { return "invalid request: " + e.msg }

func invalidRequest(msg string) error { return &requestError{msg} }

// classify maps an error to the public contract. Only the fixed messages
// below, and requestError's own, ever reach a client.
func classify(err error) (status int, code, message string) {
	var bad *requestError
	switch {
	case errors.As(err, &bad):
		return http.StatusBadRequest, "invalid_request", bad.msg
	case errors.Is(err, caseflow.ErrNotFound):
		return http.StatusNotFound, "case_not_found", "case not found"
	case errors.Is(err, caseflow.ErrInvalidTransition):
		return http.StatusConflict, "invalid_transition", "case transition is not allowed"
	case errors.Is(err, caseflow.ErrConflict):
		return http.StatusConflict, "conflict", "case was changed by another request; reload it and retry"
	case errors.Is(err, caseflow.ErrReviewerRequired):
		return http.StatusBadRequest, "reviewer_required", "a reviewer id is required to start review"
	case errors.Is(err, ErrUnauthenticated):
		return http.StatusUnauthorized, "unauthenticated", "authentication is required"
	case errors.Is(err, caseflow.ErrForbidden):
		return http.StatusForbidden, "forbidden", "you are not allowed to do this"
	default:
		return http.StatusInternalServerError, "internal_error", "internal error"
	}
}

// writeError sends the contract body, and logs what the client is not told.
func writeError(w http.ResponseWriter, r *http.Request, log *slog.Logger, err error) {
	status, code, message := classify(err)
	id := requestIDFrom(r.Context())
	switch status {
	case http.StatusInternalServerError:
		log.Error("request failed", "request_id", id, "method", r.Method, "path", r.URL.Path, "err", err)
	case http.StatusUnauthorized:
		// RFC 9110 requires a challenge on every 401; headers go before the status.
		w.Header().Set("WWW-Authenticate", `Bearer realm="caseflow"`)
	}
	writeJSON(w, status, errorBody{Code: code, Message: message, RequestID: id})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v) // the status is sent; a failed write cannot be reported
}

type requestIDKey struct{}

// withRequestID gives every request an id: the caller's X-Request-ID when it
// is a sane token, a fresh random one otherwise. The id is echoed in the
// response header and stored in the context for logs and error bodies.
func withRequestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Request-ID")
		if !validRequestID(id) {
			id = newRequestID()
		}
		w.Header().Set("X-Request-ID", id)
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), requestIDKey{}, id)))
	})
}

func requestIDFrom(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}

// validRequestID accepts short printable tokens, so a client cannot inject
// line breaks into logs or send a megabyte of "id".
func validRequestID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for _, c := range []byte(id) {
		if c < '!' || c > '~' {
			return false
		}
	}
	return true
}

func newRequestID() string {
	var b [8]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never returns an error
	return "req-" + hex.EncodeToString(b[:])
}
