package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// response is what a client receives. It comes from rec.Result(), which
// holds the headers as they were when the status was written: a header set
// after WriteHeader (or after the first Write) never reaches the client.
type response struct {
	status int
	header http.Header
	body   []byte
}

func result(t *testing.T, rec *httptest.ResponseRecorder) response {
	t.Helper()
	res := rec.Result()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("reading the response body: %v", err)
	}
	return response{status: res.StatusCode, header: res.Header, body: body}
}

// serve runs Handle(fn) for one request with the given X-Request-ID ("" = no header).
func serve(t *testing.T, requestID string, fn HandlerFunc) response {
	t.Helper()
	req := httptest.NewRequest("POST", "/v1/cases/case-1/approve", nil)
	if requestID != "" {
		req.Header.Set("X-Request-ID", requestID)
	}
	rec := httptest.NewRecorder()
	Handle(fn).ServeHTTP(rec, req)
	return result(t, rec)
}

// decodeBody checks that the response is a JSON error body with exactly the three contract fields.
func decodeBody(t *testing.T, res response) ErrorBody {
	t.Helper()
	ct := res.header.Get("Content-Type")
	if media, _, err := mime.ParseMediaType(ct); err != nil || media != "application/json" {
		t.Fatalf("Content-Type the client sees = %q, want application/json (set headers before WriteHeader)", ct)
	}
	var fields map[string]any
	if err := json.Unmarshal(res.body, &fields); err != nil {
		t.Fatalf("body %q is not a JSON object: %v", res.body, err)
	}
	for _, k := range []string{"code", "message", "request_id"} {
		if _, ok := fields[k]; !ok {
			t.Errorf("body %s has no %q field", res.body, k)
		}
	}
	if len(fields) != 3 {
		t.Errorf("body %s has %d fields, want exactly code, message and request_id", res.body, len(fields))
	}
	var body ErrorBody
	_ = json.Unmarshal(res.body, &body)
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
		{"a domain error with no row in the table", fmt.Errorf("list cases on shard-7: %w", ErrTenantRequired), 500, "internal_error", "internal error"},
	}
	// Text that must never reach a client: error prefixes, hosts, SQL detail, wrapping context.
	secrets := []string{"caseflow:", "pq:", "10.0.0.7", "shard-7", "relation", "deadline", "approve case", "invalid request:"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := serve(t, "req-abc", func(http.ResponseWriter, *http.Request) error { return tt.err })
			if res.status != tt.wantStatus {
				t.Errorf("status = %d, want %d", res.status, tt.wantStatus)
			}
			body := decodeBody(t, res)
			if body.Code != tt.wantCode {
				t.Errorf("code = %q, want %q", body.Code, tt.wantCode)
			}
			if body.RequestID != "req-abc" {
				t.Errorf("request_id = %q, want %q (from X-Request-ID)", body.RequestID, "req-abc")
			}
			if got := res.header.Get("X-Request-ID"); got != "req-abc" {
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
			res := serve(t, tt.header, func(w http.ResponseWriter, r *http.Request) error {
				seen = RequestIDFrom(r.Context())
				return ErrNotFound
			})
			header := res.header.Get("X-Request-ID")
			body := decodeBody(t, res)
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
		res := serve(t, "", func(http.ResponseWriter, *http.Request) error { return nil })
		id := res.header.Get("X-Request-ID")
		if id == "" {
			t.Fatalf("request %d: no X-Request-ID generated", i)
		}
		if seen[id] {
			t.Fatalf("request %d: generated id %q was already used", i, id)
		}
		seen[id] = true
	}
}

// differingPositions counts the byte positions at which a and b differ; a
// position that only the longer string has counts as different.
func differingPositions(a, b string) int {
	n := max(len(a), len(b))
	for i := range min(len(a), len(b)) {
		if a[i] == b[i] {
			n--
		}
	}
	return n
}

// TestGeneratedIDsAreUnpredictable checks that an id says nothing about the
// next one. Two ids with 64 random bits (16 hex digits from crypto/rand)
// differ in about 15 positions; a counter or a clock reading changes only the
// last few digits from one request to the next.
func TestGeneratedIDsAreUnpredictable(t *testing.T) {
	var prev string
	for i := range 20 {
		res := serve(t, "", func(http.ResponseWriter, *http.Request) error { return nil })
		id := res.header.Get("X-Request-ID")
		if prev != "" {
			if d := differingPositions(prev, id); d < 8 {
				t.Fatalf("request %d: generated id %q differs from the previous %q in only %d positions; "+
					"want at least 64 random bits from crypto/rand, not a counter or a timestamp", i, id, prev, d)
			}
		}
		prev = id
	}
}

func TestSuccessIsUntouched(t *testing.T) {
	res := serve(t, "req-ok", func(w http.ResponseWriter, r *http.Request) error {
		w.Header().Set("Content-Type", "text/plain")
		w.WriteHeader(http.StatusCreated)
		_, _ = w.Write([]byte("created"))
		return nil
	})
	if res.status != http.StatusCreated || string(res.body) != "created" {
		t.Errorf("got %d %q, want 201 %q: Handle must not change successful responses", res.status, res.body, "created")
	}
	if got := res.header.Get("Content-Type"); got != "text/plain" {
		t.Errorf("Content-Type on a success = %q, want the handler's %q", got, "text/plain")
	}
	if got := res.header.Get("X-Request-ID"); got != "req-ok" {
		t.Errorf("X-Request-ID on a success = %q, want %q: set it before calling fn, which may write the status", got, "req-ok")
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
			res := result(t, rec)
			if res.status != tt.wantStatus {
				t.Errorf("WriteError(%v): status = %d, want %d", tt.err, res.status, tt.wantStatus)
			}
			body := decodeBody(t, res)
			if body.Code != tt.wantCode || body.RequestID != "req-direct" {
				t.Errorf("WriteError(%v): body = %+v, want code %q and request_id %q", tt.err, body, tt.wantCode, "req-direct")
			}
			if strings.Contains(body.Message, "disk") {
				t.Errorf("WriteError(%v): message %q leaks the error text", tt.err, body.Message)
			}
		})
	}
}
