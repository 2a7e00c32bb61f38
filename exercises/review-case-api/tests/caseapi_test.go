package caseapi

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

type fakeStore struct {
	cases []Case
	err   error
}

func (s *fakeStore) Insert(_ context.Context, c Case) error {
	if s.err != nil {
		return s.err
	}
	s.cases = append(s.cases, c)
	return nil
}

func (s *fakeStore) Get(_ context.Context, tenant, id string) (Case, error) {
	for _, c := range s.cases {
		if c.TenantID == tenant && c.ID == id {
			return c, nil
		}
	}
	return Case{}, errors.New("no such case")
}

func serve(store *fakeStore, body string) *httptest.ResponseRecorder {
	slog.SetDefault(slog.New(slog.NewTextHandler(io.Discard, nil)))
	h := &Handler{Cases: &Service{
		Store: store,
		NewID: func() string { return "C-100" },
		Now:   func() time.Time { return time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC) },
	}}
	mux := http.NewServeMux()
	h.Register(mux)
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/tenants/acme/cases", strings.NewReader(body)))
	return rec
}

func TestACaseIsOpened(t *testing.T) {
	store := &fakeStore{}
	rec := serve(store, `{"title": "Invoice shows the wrong VAT"}`)
	if rec.Code != http.StatusCreated || len(store.cases) != 1 {
		t.Fatalf("status %d, %d cases stored; want 201 and 1", rec.Code, len(store.cases))
	}
	if c := store.cases[0]; c.TenantID != "acme" || c.Status != "open" || c.ID != "C-100" {
		t.Errorf("stored %+v, want tenant acme, status open, id C-100", c)
	}
}

func TestTheClientCannotSetTenantStatusOrNotes(t *testing.T) {
	store := &fakeStore{}
	serve(store, `{"title": "Refund", "tenant_id": "globex", "status": "closed", "internal_notes": "VIP, refund at once"}`)
	if len(store.cases) != 1 {
		t.Fatalf("%d cases stored, want 1", len(store.cases))
	}
	c := store.cases[0]
	if c.TenantID != "acme" || c.Status != "open" || c.InternalNotes != "" {
		t.Errorf("stored tenant %q, status %q, notes %q from the request body; want acme, open and no notes", c.TenantID, c.Status, c.InternalNotes)
	}
}

func TestTheResponseHasNoInternalFields(t *testing.T) {
	rec := serve(&fakeStore{}, `{"title": "Login fails"}`)
	for _, field := range []string{"internal_notes", "tenant_id"} {
		if strings.Contains(rec.Body.String(), field) {
			t.Errorf("the customer's response contains %q: %s", field, rec.Body)
		}
	}
}

func TestAStoreFailureIsNotSentToTheClient(t *testing.T) {
	rec := serve(&fakeStore{err: errors.New(`pq: relation "tenant_7.cases" does not exist`)}, `{"title": "Export broken"}`)
	if rec.Code != http.StatusInternalServerError {
		t.Errorf("status %d, want 500", rec.Code)
	}
	if strings.Contains(rec.Body.String(), "tenant_7") {
		t.Errorf("the response body reveals the database error: %s", rec.Body)
	}
}

func TestADuplicateIdIsAConflict(t *testing.T) {
	rec := serve(&fakeStore{err: ErrDuplicate}, `{"title": "Twice"}`)
	if rec.Code != http.StatusConflict {
		t.Errorf("status %d, want 409", rec.Code)
	}
}
