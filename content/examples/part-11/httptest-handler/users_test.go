package users

import (
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
)

var names = map[string]string{"7": "Ada"}

func TestGetUser(t *testing.T) {
	const plain = "text/plain; charset=utf-8"
	tests := []struct {
		name, method, path, wantStatus, wantType, wantBody string
	}{
		{"known", "GET", "/users/7", "200 OK", "application/json",
			`{"name":"Ada"}` + "\n"},
		{"unknown", "GET", "/users/8", "404 Not Found", plain,
			"no such user\n"},
		{"no id", "GET", "/users", "404 Not Found", plain,
			"404 page not found\n"},
		{"wrong method", "POST", "/users/7", "405 Method Not Allowed",
			plain, "Method Not Allowed\n"},
	}
	h := Routes(names)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(tt.method, tt.path, nil)
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			res := rec.Result() // what a client would receive
			body, _ := io.ReadAll(res.Body)
			if res.Status != tt.wantStatus ||
				res.Header.Get("Content-Type") != tt.wantType ||
				string(body) != tt.wantBody {
				t.Errorf("%s %s = %s, %q, %q; want %s, %q, %q",
					tt.method, tt.path, res.Status, res.Header.Get("Content-Type"),
					body, tt.wantStatus, tt.wantType, tt.wantBody)
			}
		})
	}
}

// The server, not the handler, sets Content-Length and Date; a recorder
// runs the handler alone and never adds them.
func TestThroughARealServer(t *testing.T) {
	srv := httptest.NewServer(Routes(names)) // listens on 127.0.0.1
	t.Cleanup(srv.Close)
	req, err := http.NewRequestWithContext(t.Context(), "GET",
		srv.URL+"/users/7", nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	length := res.Header.Get("Content-Length")
	hasDate := res.Header.Get("Date") != ""
	if res.StatusCode != http.StatusOK || length != "15" || !hasDate {
		t.Errorf("GET /users/7 = %s, Content-Length %q, Date set %v;"+
			" want 200 OK, \"15\", true", res.Status, length, hasDate)
	}
	t.Logf("server:   Content-Length %q, Date set %v", length, hasDate)

	rec := httptest.NewRecorder()
	Routes(names).ServeHTTP(rec,
		httptest.NewRequest("GET", "/users/7", nil))
	h := rec.Result().Header
	t.Logf("recorder: Content-Length %q, Date set %v",
		h.Get("Content-Length"), h.Get("Date") != "")
}
