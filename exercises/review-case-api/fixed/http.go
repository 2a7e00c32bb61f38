package caseapi

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"time"
)

// Handler is the customer-facing HTTP API for cases. The gateway has
// already authenticated the customer as a member of {tenant}.
type Handler struct {
	Cases *Service
}

// Register adds the endpoints to mux.
func (h *Handler) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /tenants/{tenant}/cases", h.open)
}

// openRequest is what a customer may send: only the title.
type openRequest struct {
	Title string `json:"title"`
}

// caseResponse is what a customer may see of a case.
type caseResponse struct {
	ID       string    `json:"id"`
	Title    string    `json:"title"`
	Status   string    `json:"status"`
	OpenedAt time.Time `json:"opened_at"`
}

func (h *Handler) open(w http.ResponseWriter, r *http.Request) {
	var req openRequest
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<10)).Decode(&req); err != nil {
		http.Error(w, "the body is not a case", http.StatusBadRequest)
		return
	}
	opened, err := h.Cases.Open(r.Context(), r.PathValue("tenant"), req.Title)
	if err != nil {
		writeError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	_ = json.NewEncoder(w).Encode(caseResponse{ID: opened.ID, Title: opened.Title, Status: opened.Status, OpenedAt: opened.OpenedAt})
}

// writeError maps the domain's outcomes to HTTP; anything else is a 500
// whose cause is logged, never sent.
func writeError(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, ErrInvalidTitle):
		http.Error(w, err.Error(), http.StatusUnprocessableEntity)
	case errors.Is(err, ErrConflict):
		http.Error(w, err.Error(), http.StatusConflict)
	default:
		slog.ErrorContext(r.Context(), "open case", "path", r.URL.Path, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
	}
}
