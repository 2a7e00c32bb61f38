// Package refunds serves the billing API's refund endpoint.
package refunds

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
)

// ErrNotFound is what the Store returns when there is no such invoice.
var ErrNotFound = errors.New("not found")

// Invoice is a paid invoice of one tenant's customer.
type Invoice struct {
	ID            string
	TenantID      string
	PaidCents     int64
	RefundedCents int64
}

// Store is the billing database.
type Store interface {
	Invoice(ctx context.Context, id string) (Invoice, error)
	// RefundByKey finds the refund an earlier request with this
	// Idempotency-Key made; ok is false when there is none.
	RefundByKey(ctx context.Context, tenant, key string) (refundID string, ok bool, err error)
	AddRefund(ctx context.Context, tenant, key, invoiceID, refundID string, cents int64) error
}

// Payments is the card processor.
type Payments interface {
	Refund(ctx context.Context, invoiceID string, cents int64) (refundID string, err error)
}

// Handler serves POST /tenants/{tenant}/invoices/{id}/refunds. The gateway
// has already checked that the caller's token belongs to {tenant}.
type Handler struct {
	Store    Store
	Payments Payments
	Log      *slog.Logger
}

// Register adds the endpoint to mux.
func (h *Handler) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /tenants/{tenant}/invoices/{id}/refunds", h.refund)
}

type refundRequest struct {
	AmountCents int64  `json:"amount_cents"`
	Reason      string `json:"reason"`
}

// refund refunds part or all of a paid invoice. Clients retry on timeouts:
// a request whose Idempotency-Key was already used gets the first refund's
// id back instead of refunding again.
func (h *Handler) refund(w http.ResponseWriter, r *http.Request) {
	tenant, id := r.PathValue("tenant"), r.PathValue("id")
	key := r.Header.Get("Idempotency-Key")
	h.Log.Info("refund requested", "tenant", tenant, "invoice", id, "headers", r.Header)

	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "cannot read the request body", http.StatusBadRequest)
		return
	}
	var req refundRequest
	if err := json.Unmarshal(body, &req); err != nil {
		http.Error(w, "the body is not a refund request", http.StatusBadRequest)
		return
	}

	inv, err := h.Store.Invoice(r.Context(), id)
	if errors.Is(err, ErrNotFound) {
		http.Error(w, "no such invoice", http.StatusNotFound)
		return
	}
	if err != nil {
		h.Log.Error("load invoice", "invoice", id, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	if req.AmountCents > inv.PaidCents {
		http.Error(w, "the refund exceeds the amount paid", http.StatusUnprocessableEntity)
		return
	}

	refundID, err := h.Payments.Refund(r.Context(), inv.ID, req.AmountCents)
	if err != nil {
		h.Log.Error("card refund", "invoice", inv.ID, "err", err)
		http.Error(w, "the card processor refused the refund", http.StatusBadGateway)
		return
	}
	if err := h.Store.AddRefund(r.Context(), tenant, key, inv.ID, refundID, req.AmountCents); err != nil {
		h.Log.Error("record refund", "invoice", inv.ID, "refund", refundID, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	writeRefund(w, http.StatusCreated, refundID)
}

func writeRefund(w http.ResponseWriter, status int, refundID string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]string{"refund_id": refundID})
}
