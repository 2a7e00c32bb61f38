package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// serve runs Handle(fn) for one request with the given X-Request-ID ("" = no header).
func serve(t *testing.T, requestID string, fn HandlerFunc) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest("POST", "/v1/cases/case-1/approve", nil)
	if requestID != "" {
		req.Header.Set("X-Request-ID", requestID)
	}
	rec := httptest.NewRecorder()
	Handle(fn).ServeHTTP(rec, req)
	return rec
}

// decodeBody checks that the response is a JSON error body with exactly the three contract fields.
func decodeBody(t *testing.T, rec *httptest.ResponseRecorder) ErrorBody {
	t.Helper()
	ct := rec.Header().Get("Content-Type")
	if media, _, err := mime.ParseMediaType(ct); err != nil || media != "application/json" {
		t.Fatalf("Content-Type = %q, want application/json", ct)
	}
	var fields map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &fields); err != nil {
		t.Fatalf("body %q is not a JSON object: %v", rec.Body.String(), err)
	}
	for _, k := range []string{"code", "message", "request_id"} {
		if _, ok := fields[k]; !ok {
			t.Errorf("body %s has no %q field", rec.Body.String(), k)
		}
	}
	if len(fields) != 3 {
		t.Errorf("body %s has %d fields, want exactly code, message and request_id", rec.Body.String(), len(fields))
	}
	var body ErrorBody
	_ = json.Unmarshal(rec.Body.Bytes(), &body)
	return body
}

func TestErrorMapping(t *testing.T) {
	tests := []struct {
		name       string
		err        error
		wantStatus int
		wantCode   string
		wantMsg    string // exact message, when the contract fixes it
	}{
		{"not found", ErrNotFound, 404, "case_not_found", ""},
		{"not found, wrapped with internal detail", fmt.Errorf("load case case-1 from shard-7: %w", ErrNotFound), 404, "case_not_found", ""},
		{"invalid transition", ErrInvalidTransition, 409, "invalid_transition", ""},
		{"invalid transition, wrapped twice", fmt.Errorf("approve case case-1: %w", fmt.Errorf("%w: cannot approve a draft case", ErrInvalidTransition)), 409, "invalid_transition", ""},
		{"version conflict", fmt.Errorf("update cases row on shard-7: %w", ErrConflict), 409, "conflict", ""},
		{"reviewer required", ErrReviewerRequired, 400, "reviewer_required", ""},
		{"reviewer required, wrapped", fmt.Errorf("start_review case case-1: %w", ErrReviewerRequired), 400, "reviewer_required", ""},
		{"forbidden", ErrForbidden, 403, "forbidden", ""},
		{"forbidden, wrapped", fmt.Errorf("%w: actor ana on shard-7 is not the reviewer", ErrForbidden), 403, "forbidden", ""},
		{"request error", &RequestError{Message: `unknown field "reviewer"`}, 400, "invalid_request", `unknown field "reviewer"`},
		{"request error, wrapped", fmt.Errorf("decode start-review body: %w", &RequestError{Message: "request body must not be empty"}), 400, "invalid_request", "request body must not be empty"},
		{"database error", errors.New("pq: connection to 10.0.0.7:5432 refused"), 500, "internal_error", ""},
		{"wrapped database error", fmt.Errorf("submit case case-1: %w", errors.New("pq: relation \"cases\" does not exist")), 500, "internal_error", ""},
		{"deadline", fmt.Errorf("load case on shard-7: %w", context.DeadlineExceeded), 500, "internal_error", ""},
	}
	// Text that must never reach a client: error prefixes, hosts, SQL detail, wrapping context.
	secrets := []string{"caseflow:", "pq:", "10.0.0.7", "shard-7", "relation", "deadline", "approve case", "invalid request:"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := serve(t, "req-abc", func(http.ResponseWriter, *http.Request) error { return tt.err })
			if rec.Code != tt.wantStatus {
				t.Errorf("status = %d, want %d", rec.Code, tt.wantStatus)
			}
			body := decodeBody(t, rec)
			if body.Code != tt.wantCode {
				t.Errorf("code = %q, want %q", body.Code, tt.wantCode)
			}
			if body.RequestID != "req-abc" {
				t.Errorf("request_id = %q, want %q (from X-Request-ID)", body.RequestID, "req-abc")
			}
			if got := rec.Header().Get("X-Request-ID"); got != "req-abc" {
				t.Errorf("X-Request-ID response header = %q, want %q", got, "req-abc")
			}
			if tt.wantMsg != "" && body.Message != tt.wantMsg {
				t.Errorf("message = %q, want %q", body.Message, tt.wantMsg)
			}
			if strings.TrimSpace(body.Message) == "" {
				t.Errorf("message is empty; clients need a human-readable message")
			}
			for _, s := range secrets {
				if strings.Contains(body.Message, s) {
					t.Errorf("message = %q leaks internal text %q from %q", body.Message, s, tt.err)
				}
			}
		})
	}
}

func TestRequestID(t *testing.T) {
	long64 := strings.Repeat("a", 64)
	tests := []struct {
		name     string
		header   string
		wantKept bool // true: the header value is used; false: a new id is generated
	}{
		{"caller's id", "req-123", true},
		{"uuid", "3f2b8c1e-5d7a-4e4f-9b1a-2c3d4e5f6a7b", true},
		{"64 characters", long64, true},
		{"no header", "", false},
		{"65 characters", long64 + "a", false},
		{"contains a space", "req 123", false},
		{"contains a newline", "req-1\nlevel=ERROR msg=forged", false},
		{"non-ASCII", "req-ü", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var seen string
			rec := serve(t, tt.header, func(w http.ResponseWriter, r *http.Request) error {
				seen = RequestIDFrom(r.Context())
				return ErrNotFound
			})
			header := rec.Header().Get("X-Request-ID")
			body := decodeBody(t, rec)
			if header == "" {
				t.Fatalf("X-Request-ID response header is empty; every response needs an id")
			}
			if body.RequestID != header {
				t.Errorf("request_id in body = %q, X-Request-ID header = %q; want the same id", body.RequestID, header)
			}
			if seen != header {
				t.Errorf("RequestIDFrom(r.Context()) in the handler = %q, want %q", seen, header)
			}
			if tt.wantKept && header != tt.header {
				t.Errorf("X-Request-ID = %q, want the caller's %q", header, tt.header)
			}
			if !tt.wantKept && header == tt.header {
				t.Errorf("X-Request-ID = %q: an unusable id must be replaced by a generated one", header)
			}
			if !tt.wantKept && (len(header) > 64 || strings.ContainsAny(header, " \n\r\t")) {
				t.Errorf("generated id %q must itself be a valid id", header)
			}
		})
	}
}

func TestGeneratedIDsAreUnique(t *testing.T) {
	seen := map[string]bool{}
	for i := range 20 {
		rec := serve(t, "", func(http.ResponseWriter, *http.Request) error { return nil })
		id := rec.Header().Get("X-Request-ID")
		if id == "" {
			t.Fatalf("request %d: no X-Request-ID generated", i)
		}
		if seen[id] {
			t.Fatalf("request %d: generated id %q was already used", i, id)
		}
		seen[id] = true
	}
}

func TestSuccessIsUntouched(t *testing.T) {
	rec := serve(t, "req-ok", func(w http.ResponseWriter, r *http.Request) error {
		w.Header().Set("Content-Type", "text/plain")
		w.WriteHeader(http.StatusCreated)
		_, _ = w.Write([]byte("created"))
		return nil
	})
	if rec.Code != http.StatusCreated || rec.Body.String() != "created" {
		t.Errorf("got %d %q, want 201 %q: Handle must not change successful responses", rec.Code, rec.Body.String(), "created")
	}
	if got := rec.Header().Get("X-Request-ID"); got != "req-ok" {
		t.Errorf("X-Request-ID on a success = %q, want %q", got, "req-ok")
	}
}

func TestWriteErrorDirectly(t *testing.T) {
	tests := []struct {
		name       string
		err        error
		wantStatus int
		wantCode   string
	}{
		{"not found", ErrNotFound, 404, "case_not_found"},
		{"unknown", errors.New("disk full"), 500, "internal_error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			WriteError(rec, "req-direct", tt.err)
			if rec.Code != tt.wantStatus {
				t.Errorf("WriteError(%v): status = %d, want %d", tt.err, rec.Code, tt.wantStatus)
			}
			body := decodeBody(t, rec)
			if body.Code != tt.wantCode || body.RequestID != "req-direct" {
				t.Errorf("WriteError(%v): body = %+v, want code %q and request_id %q", tt.err, body, tt.wantCode, "req-direct")
			}
			if strings.Contains(body.Message, "disk") {
				t.Errorf("WriteError(%v): message %q leaks the error text", tt.err, body.Message)
			}
		})
	}
}
