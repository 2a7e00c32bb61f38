package refunds

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

type fakeStore struct {
	mu       sync.Mutex
	invoices map[string]Invoice
	byKey    map[string]string // tenant + "/" + key → refund id
}

func (s *fakeStore) Invoice(_ context.Context, id string) (Invoice, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	inv, ok := s.invoices[id]
	if !ok {
		return Invoice{}, ErrNotFound
	}
	return inv, nil
}

func (s *fakeStore) RefundByKey(_ context.Context, tenant, key string) (string, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	id, ok := s.byKey[tenant+"/"+key]
	return id, ok, nil
}

func (s *fakeStore) AddRefund(_ context.Context, tenant, key, invoiceID, refundID string, cents int64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	inv := s.invoices[invoiceID]
	inv.RefundedCents += cents
	s.invoices[invoiceID] = inv
	if s.byKey == nil {
		s.byKey = map[string]string{}
	}
	s.byKey[tenant+"/"+key] = refundID
	return nil
}

type fakePayments struct {
	mu      sync.Mutex
	refunds []int64
}

func (p *fakePayments) Refund(_ context.Context, _ string, cents int64) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.refunds = append(p.refunds, cents)
	return "re_" + strings.Repeat("x", len(p.refunds)), nil
}

type fixture struct {
	store    *fakeStore
	payments *fakePayments
	logs     *bytes.Buffer
	mux      *http.ServeMux
}

func newFixture() *fixture {
	f := &fixture{
		store: &fakeStore{invoices: map[string]Invoice{
			"INV-1": {ID: "INV-1", TenantID: "acme", PaidCents: 10_000},
			"INV-2": {ID: "INV-2", TenantID: "globex", PaidCents: 50_000},
			"INV-3": {ID: "INV-3", TenantID: "acme", PaidCents: 10_000, RefundedCents: 8_000},
		}},
		payments: &fakePayments{},
		logs:     &bytes.Buffer{},
		mux:      http.NewServeMux(),
	}
	h := &Handler{Store: f.store, Payments: f.payments, Log: slog.New(slog.NewTextHandler(f.logs, nil))}
	h.Register(f.mux)
	return f
}

func (f *fixture) post(tenant, invoice, key string, body io.Reader) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodPost, "/tenants/"+tenant+"/invoices/"+invoice+"/refunds", body)
	req.Header.Set("Authorization", "Bearer sk_live_4f9a2c")
	req.Header.Set("Idempotency-Key", key)
	rec := httptest.NewRecorder()
	f.mux.ServeHTTP(rec, req)
	return rec
}

func TestARefundIsMade(t *testing.T) {
	f := newFixture()
	if rec := f.post("acme", "INV-1", "k1", strings.NewReader(`{"amount_cents": 2500}`)); rec.Code != http.StatusCreated {
		t.Fatalf("status %d, want 201: %s", rec.Code, rec.Body)
	}
	if len(f.payments.refunds) != 1 || f.payments.refunds[0] != 2500 {
		t.Errorf("card refunds %v, want [2500]", f.payments.refunds)
	}
}

func TestARetryWithTheSameIdempotencyKeyDoesNotRefundTwice(t *testing.T) {
	f := newFixture()
	first := f.post("acme", "INV-1", "k2", strings.NewReader(`{"amount_cents": 2500}`))
	retry := f.post("acme", "INV-1", "k2", strings.NewReader(`{"amount_cents": 2500}`))
	if len(f.payments.refunds) != 1 {
		t.Errorf("the card was refunded %d times for one Idempotency-Key", len(f.payments.refunds))
	}
	if first.Body.String() != retry.Body.String() {
		t.Errorf("the retry answered %q, want the first refund %q", retry.Body, first.Body)
	}
}

func TestAnotherTenantsInvoiceIsNotFound(t *testing.T) {
	f := newFixture()
	rec := f.post("acme", "INV-2", "k3", strings.NewReader(`{"amount_cents": 50000}`))
	if rec.Code != http.StatusNotFound {
		t.Errorf("acme refunding globex's invoice: status %d, want 404", rec.Code)
	}
	if len(f.payments.refunds) != 0 {
		t.Errorf("the card was refunded %v on another tenant's invoice", f.payments.refunds)
	}
}

func TestARefundCannotExceedWhatIsLeftOrBeNegative(t *testing.T) {
	f := newFixture()
	for _, body := range []string{`{"amount_cents": 5000}`, `{"amount_cents": -5000}`} {
		if rec := f.post("acme", "INV-3", "k-"+body, strings.NewReader(body)); rec.Code != http.StatusUnprocessableEntity {
			t.Errorf("%s on an invoice paid 10000 with 8000 refunded: status %d, want 422", body, rec.Code)
		}
	}
	if len(f.payments.refunds) != 0 {
		t.Errorf("card refunds %v, want none", f.payments.refunds)
	}
}

func TestAHugeBodyIsRefusedBeforeItIsRead(t *testing.T) {
	f := newFixture()
	huge := io.MultiReader(strings.NewReader(`{"amount_cents": 100, "reason": "`),
		strings.NewReader(strings.Repeat("x", 1<<20)), strings.NewReader(`"}`))
	if rec := f.post("acme", "INV-1", "k4", huge); rec.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("a 1 MiB body: status %d, want 413", rec.Code)
	}
}

func TestTheBearerTokenIsNotLogged(t *testing.T) {
	f := newFixture()
	f.post("acme", "INV-1", "k5", strings.NewReader(`{"amount_cents": 100}`))
	if strings.Contains(f.logs.String(), "sk_live_4f9a2c") {
		t.Errorf("the logs contain the caller's bearer token:\n%s", f.logs)
	}
}
