package caseapi

import (
	"encoding/json"
	"errors"
	"net/http"
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

func (h *Handler) open(w http.ResponseWriter, r *http.Request) {
	var c Case
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<10)).Decode(&c); err != nil {
		http.Error(w, "the body is not a case", http.StatusBadRequest)
		return
	}
	if c.TenantID == "" {
		c.TenantID = r.PathValue("tenant")
	}
	if len(c.Title) == 0 || len(c.Title) > 200 {
		http.Error(w, "a title of 1 to 200 characters is required", http.StatusUnprocessableEntity)
		return
	}
	opened, err := h.Cases.Open(r.Context(), c)
	if err != nil {
		if e, ok := errors.AsType[*Error](err); ok {
			http.Error(w, e.Message, e.Status)
			return
		}
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	_ = json.NewEncoder(w).Encode(opened)
}
