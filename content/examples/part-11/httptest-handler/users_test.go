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
		name, path, wantStatus, wantType, wantBody string
	}{
		{"known", "/users/7", "200 OK", "application/json",
			`{"name":"Ada"}` + "\n"},
		{"unknown", "/users/8", "404 Not Found", plain,
			"no such user\n"},
		{"no id", "/users", "404 Not Found", plain,
			"404 page not found\n"},
	}
	h := Routes(names)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest("GET", tt.path, nil)
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			res := rec.Result() // what a client would receive
			body, _ := io.ReadAll(res.Body)
			if res.Status != tt.wantStatus ||
				res.Header.Get("Content-Type") != tt.wantType ||
				string(body) != tt.wantBody {
				t.Errorf("GET %s = %s, %q, %q; want %s, %q, %q",
					tt.path, res.Status, res.Header.Get("Content-Type"),
					body, tt.wantStatus, tt.wantType, tt.wantBody)
			}
		})
	}
}

func TestThroughARealServer(t *testing.T) {
	srv := httptest.NewServer(Routes(names)) // listens on 127.0.0.1
	t.Cleanup(srv.Close)
	req, _ := http.NewRequestWithContext(t.Context(), "POST",
		srv.URL+"/users/7", nil)
	res, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	t.Log("POST /users/7:", res.Status, res.Header.Get("Allow"))
}
