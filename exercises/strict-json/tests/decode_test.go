package httpapi

import (
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

// bodyOfSize returns a valid rejection whose reason is padded so the whole body is n bytes.
func bodyOfSize(n int) string {
	frame := `{"reason":"","expected_version":3}`
	return `{"reason":"` + strings.Repeat("a", n-len(frame)) + `","expected_version":3}`
}

func TestHandleReject(t *testing.T) {
	tests := []struct {
		name        string
		body        string
		wantStatus  int
		wantReason  string   // for 200
		wantVersion int64    // for 200
		wantMsg     []string // for 400: phrases the message must contain
	}{
		{"valid", `{"reason":"duplicate claim","expected_version":3}`, 200, "duplicate claim", 3, nil},
		{"valid, fields in any order", `{ "expected_version": 12, "reason": "wrong tenant" }`, 200, "wrong tenant", 12, nil},
		{"valid, trailing newline", "{\"reason\":\"dup\",\"expected_version\":1}\n", 200, "dup", 1, nil},
		{"valid, exactly at the size limit", bodyOfSize(MaxRejectBody), 200, strings.Repeat("a", MaxRejectBody-34), 3, nil},

		{"empty body", ``, 400, "", 0, []string{"empty"}},
		{"only whitespace", " \n\t ", 400, "", 0, []string{"empty"}},
		{"truncated JSON", `{"reason":"dup","expected_version":`, 400, "", 0, []string{"not valid JSON"}},
		{"not JSON at all", `reason=dup&expected_version=3`, 400, "", 0, []string{"not valid JSON"}},
		{"unknown field", `{"reason":"dup","expected_version":3,"password":"hunter2"}`, 400, "", 0, []string{`unknown field "password"`}},
		{"misspelt field", `{"reasn":"dup","expected_version":3}`, 400, "", 0, []string{`unknown field "reasn"`}},
		{"second object", `{"reason":"dup","expected_version":3}{"reason":"x","expected_version":4}`, 400, "", 0, []string{"single JSON object"}},
		{"trailing garbage", `{"reason":"dup","expected_version":3} xyz123`, 400, "", 0, []string{"single JSON object"}},
		{"trailing null", `{"reason":"dup","expected_version":3} null`, 400, "", 0, []string{"single JSON object"}},
		{"stray closing brace", `{"reason":"dup","expected_version":3}}`, 400, "", 0, []string{"single JSON object"}},
		{"stray closing bracket", `{"reason":"dup","expected_version":3}]`, 400, "", 0, []string{"single JSON object"}},
		{"reason is a number", `{"reason":42,"expected_version":3}`, 400, "", 0, []string{`"reason"`}},
		{"version is a string", `{"reason":"dup","expected_version":"3"}`, 400, "", 0, []string{`"expected_version"`}},
		{"version is a fraction", `{"reason":"dup","expected_version":2.5}`, 400, "", 0, []string{`"expected_version"`}},
		{"array instead of object", `[{"reason":"dup","expected_version":3}]`, 400, "", 0, []string{"JSON object"}},
		{"string instead of object", `"dup"`, 400, "", 0, []string{"JSON object"}},
		{"null body", `null`, 400, "", 0, []string{"reason is required"}},
		{"missing reason", `{"expected_version":3}`, 400, "", 0, []string{"reason is required"}},
		{"blank reason", `{"reason":"  \t ","expected_version":3}`, 400, "", 0, []string{"reason is required"}},
		{"missing version", `{"reason":"dup"}`, 400, "", 0, []string{"expected_version"}},
		{"negative version", `{"reason":"dup","expected_version":-1}`, 400, "", 0, []string{"expected_version"}},
		{"one byte over the limit", bodyOfSize(MaxRejectBody + 1), 400, "", 0, []string{"exceed", fmt.Sprint(MaxRejectBody)}},
		{"far over the limit", bodyOfSize(64 << 10), 400, "", 0, []string{"exceed", fmt.Sprint(MaxRejectBody)}},
		{"object at the limit, then a newline", bodyOfSize(MaxRejectBody) + "\n", 400, "", 0, []string{"exceed", fmt.Sprint(MaxRejectBody)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			HandleReject(rec, httptest.NewRequest("POST", "/v1/cases/case-1/reject", strings.NewReader(tt.body)))
			short := tt.body
			if len(short) > 60 {
				short = short[:60] + "..."
			}
			// What the client receives: headers as they were when the status was written.
			res := rec.Result()
			resBody, _ := io.ReadAll(res.Body)
			if res.StatusCode != tt.wantStatus {
				t.Fatalf("body %q: status = %d, want %d (response %s)", short, res.StatusCode, tt.wantStatus, resBody)
			}
			if media, _, _ := mime.ParseMediaType(res.Header.Get("Content-Type")); media != "application/json" {
				t.Errorf("body %q: Content-Type = %q, want application/json", short, res.Header.Get("Content-Type"))
			}
			if tt.wantStatus == 200 {
				var got RejectRequest
				if err := json.Unmarshal(resBody, &got); err != nil {
					t.Fatalf("body %q: response %q is not JSON: %v", short, resBody, err)
				}
				if got.Reason != tt.wantReason || got.ExpectedVersion != tt.wantVersion {
					t.Errorf("body %q: decoded reason=%.40q expected_version=%d, want reason=%.40q expected_version=%d",
						short, got.Reason, got.ExpectedVersion, tt.wantReason, tt.wantVersion)
				}
				return
			}
			var e errorBody
			if err := json.Unmarshal(resBody, &e); err != nil {
				t.Fatalf("body %q: response %q is not JSON: %v", short, resBody, err)
			}
			if e.Code != "invalid_request" {
				t.Errorf("body %q: code = %q, want %q", short, e.Code, "invalid_request")
			}
			for _, phrase := range tt.wantMsg {
				if !strings.Contains(e.Message, phrase) {
					t.Errorf("body %q: message = %q, want it to mention %q", short, e.Message, phrase)
				}
			}
			if len(e.Message) > 200 {
				t.Errorf("body %q: message is %d bytes long; keep it short and do not echo the body", short, len(e.Message))
			}
			for _, leak := range []string{"hunter2", "aaaaaaaaaa", "xyz123", "expected_version\":"} {
				if strings.Contains(e.Message, leak) && strings.Contains(tt.body, leak) {
					t.Errorf("body %q: message = %q repeats part of the body (%q)", short, e.Message, leak)
				}
			}
		})
	}
}

// TestDecodeJSONErrors calls DecodeJSON directly, with its own size limit.
func TestDecodeJSONErrors(t *testing.T) {
	tests := []struct {
		name    string
		limit   int64
		body    string
		wantMsg string
	}{
		{"limit is the caller's, not a constant", 16, `{"reason":"seventeen bytes!"}`, "16 bytes"},
		{"unknown field", 1024, `{"reason":"x","extra":1}`, `unknown field "extra"`},
		{"trailing value", 1024, `{"reason":"x"} {}`, "single JSON object"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var dst RejectRequest
			rec := httptest.NewRecorder()
			err := DecodeJSON(rec, httptest.NewRequest("POST", "/", strings.NewReader(tt.body)), tt.limit, &dst)
			var re *RequestError
			if !errors.As(err, &re) {
				t.Fatalf("DecodeJSON(limit %d, %q) = %v (%T), want a *RequestError", tt.limit, tt.body, err, err)
			}
			if !strings.Contains(re.Message, tt.wantMsg) {
				t.Errorf("DecodeJSON(limit %d, %q): message = %q, want it to mention %q", tt.limit, tt.body, re.Message, tt.wantMsg)
			}
		})
	}
}

// TestSizeLimitWithoutContentLength sends bodies whose length is not known
// up front (ContentLength -1, as with chunked uploads): the limit must hold
// for the bytes actually read, not for what the request header claims.
func TestSizeLimitWithoutContentLength(t *testing.T) {
	tests := []struct {
		name       string
		body       string
		wantStatus int
	}{
		{"at the limit", bodyOfSize(MaxRejectBody), 200},
		{"one byte over", bodyOfSize(MaxRejectBody + 1), 400},
		{"far over", bodyOfSize(64 << 10), 400},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest("POST", "/v1/cases/case-1/reject", io.NopCloser(strings.NewReader(tt.body)))
			req.ContentLength = -1
			rec := httptest.NewRecorder()
			HandleReject(rec, req)
			res := rec.Result()
			resBody, _ := io.ReadAll(res.Body)
			if res.StatusCode != tt.wantStatus {
				t.Fatalf("%d-byte body of unknown length: status = %d, want %d (response %.120s)", len(tt.body), res.StatusCode, tt.wantStatus, resBody)
			}
			if tt.wantStatus == 400 && !strings.Contains(string(resBody), "exceed") {
				t.Errorf("%d-byte body of unknown length: response %.120s, want a message that mentions %q", len(tt.body), resBody, "exceed")
			}
		})
	}
}

// TestDecodeJSONFillsDst checks that DecodeJSON decodes into any struct, not only RejectRequest.
func TestDecodeJSONFillsDst(t *testing.T) {
	var dst struct {
		ReviewerID string `json:"reviewer_id"`
	}
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("POST", "/", strings.NewReader(`{"reviewer_id":"rev-7"}`))
	if err := DecodeJSON(rec, req, 64, &dst); err != nil {
		t.Fatalf("DecodeJSON(%q) = %v, want nil", `{"reviewer_id":"rev-7"}`, err)
	}
	if dst.ReviewerID != "rev-7" {
		t.Errorf("DecodeJSON(%q): reviewer_id = %q, want %q", `{"reviewer_id":"rev-7"}`, dst.ReviewerID, "rev-7")
	}
}

var _ http.HandlerFunc = HandleReject
