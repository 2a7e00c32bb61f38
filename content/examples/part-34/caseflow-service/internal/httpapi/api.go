// Package httpapi is the HTTP adapter of caseflow-service. It decodes
// requests strictly, calls the app service, and maps every error to a
// stable JSON contract. It holds no business rules.
package httpapi

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"gomastery/examples/part-34/caseflow-service/internal/app"
	"gomastery/examples/part-34/caseflow-service/internal/caseflow"
)

// Service is what the handlers need from the application layer.
type Service interface {
	Create(ctx context.Context, actor app.Actor) (caseflow.Case, error)
	Get(ctx context.Context, actor app.Actor, id string) (caseflow.Case, error)
	Submit(ctx context.Context, actor app.Actor, id string) (caseflow.Case, error)
	StartReview(ctx context.Context, actor app.Actor, id, reviewerID string) (caseflow.Case, error)
	Approve(ctx context.Context, actor app.Actor, id string) (caseflow.Case, error)
	Reject(ctx context.Context, actor app.Actor, id, reason string) (caseflow.Case, error)
	Close(ctx context.Context, actor app.Actor, id string) (caseflow.Case, error)
}

// ErrUnauthenticated means the request carries no identity the service can
// trust. It is answered with 401; caseflow.ErrForbidden, 403, is for a
// caller who is known but not allowed.
var ErrUnauthenticated = errors.New("httpapi: unauthenticated")

// Authenticate returns the caller of a verified request, or an error
// wrapping ErrUnauthenticated. The composition root decides how.
type Authenticate func(*http.Request) (app.Actor, error)

// NewHandler returns the routes of the case API.
func NewHandler(svc Service, auth Authenticate, log *slog.Logger) http.Handler {
	h := &handlers{svc: svc, auth: auth, log: log}
	mux := http.NewServeMux()
	mux.Handle("POST /v1/cases", h.wrap(h.create))
	mux.Handle("GET /v1/cases/{id}", h.wrap(h.get))
	mux.Handle("POST /v1/cases/{id}/submit", h.wrap(h.submit))
	mux.Handle("POST /v1/cases/{id}/start-review", h.wrap(h.startReview))
	mux.Handle("POST /v1/cases/{id}/approve", h.wrap(h.approve))
	mux.Handle("POST /v1/cases/{id}/reject", h.wrap(h.reject))
	mux.Handle("POST /v1/cases/{id}/close", h.wrap(h.closeCase))
	return withRequestID(mux)
}

type handlers struct {
	svc  Service
	auth Authenticate
	log  *slog.Logger
}

// apiFunc is a handler that reports failure by returning an error, so the
// error contract is written in exactly one place.
type apiFunc func(w http.ResponseWriter, r *http.Request, actor app.Actor) error

func (h *handlers) wrap(fn apiFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		actor, err := h.auth(r)
		if err == nil {
			err = fn(w, r, actor)
		}
		if err != nil {
			writeError(w, r, h.log, err)
		}
	})
}

// caseResponse is the public shape of a case. It lives here, not in the
// domain, so the API can evolve without touching caseflow.Case.
type caseResponse struct {
	ID         string `json:"id"`
	Status     string `json:"status"`
	ReviewerID string `json:"reviewer_id,omitempty"`
	Version    int64  `json:"version"`
	CreatedAt  string `json:"created_at"`
	UpdatedAt  string `json:"updated_at"`
}

func toResponse(c caseflow.Case) caseResponse {
	return caseResponse{
		ID: c.ID, Status: string(c.Status), ReviewerID: c.ReviewerID, Version: c.Version,
		CreatedAt: c.CreatedAt.UTC().Format(time.RFC3339),
		UpdatedAt: c.UpdatedAt.UTC().Format(time.RFC3339),
	}
}

// respond writes a case, or hands the error back to wrap.
func respond(w http.ResponseWriter, status int, c caseflow.Case, err error) error {
	if err != nil {
		return err
	}
	writeJSON(w, status, toResponse(c))
	return nil
}

func (h *handlers) create(w http.ResponseWriter, r *http.Request, a app.Actor) error {
	c, err := h.svc.Create(r.Context(), a)
	return respond(w, http.StatusCreated, c, err)
}

func (h *handlers) get(w http.ResponseWriter, r *http.Request, a app.Actor) error {
	c, err := h.svc.Get(r.Context(), a, r.PathValue("id"))
	return respond(w, http.StatusOK, c, err)
}

func (h *handlers) submit(w http.ResponseWriter, r *http.Request, a app.Actor) error {
	c, err := h.svc.Submit(r.Context(), a, r.PathValue("id"))
	return respond(w, http.StatusOK, c, err)
}

func (h *handlers) startReview(w http.ResponseWriter, r *http.Request, a app.Actor) error {
	var req struct {
		ReviewerID string `json:"reviewer_id"`
	}
	if err := decodeJSON(w, r, &req); err != nil {
		return err
	}
	// An empty reviewer_id is the domain's call: it answers reviewer_required.
	c, err := h.svc.StartReview(r.Context(), a, r.PathValue("id"), req.ReviewerID)
	return respond(w, http.StatusOK, c, err)
}

func (h *handlers) approve(w http.ResponseWriter, r *http.Request, a app.Actor) error {
	c, err := h.svc.Approve(r.Context(), a, r.PathValue("id"))
	return respond(w, http.StatusOK, c, err)
}

func (h *handlers) reject(w http.ResponseWriter, r *http.Request, a app.Actor) error {
	var req struct {
		Reason string `json:"reason"`
	}
	if err := decodeJSON(w, r, &req); err != nil {
		return err
	}
	if strings.TrimSpace(req.Reason) == "" {
		return invalidRequest("reason is required")
	}
	c, err := h.svc.Reject(r.Context(), a, r.PathValue("id"), req.Reason)
	return respond(w, http.StatusOK, c, err)
}

func (h *handlers) closeCase(w http.ResponseWriter, r *http.Request, a app.Actor) error {
	c, err := h.svc.Close(r.Context(), a, r.PathValue("id"))
	return respond(w, http.StatusOK, c, err)
}

// GatewayHeaders trusts X-Tenant-ID and X-Actor-ID as set by an
// authenticating gateway in front of the service, which strips them from
// client requests. Without such a gateway, verify a token here instead.
func GatewayHeaders(r *http.Request) (app.Actor, error) {
	a := app.Actor{TenantID: r.Header.Get("X-Tenant-ID"), ID: r.Header.Get("X-Actor-ID")}
	if a.TenantID == "" || a.ID == "" {
		return app.Actor{}, ErrUnauthenticated
	}
	return a, nil
}
