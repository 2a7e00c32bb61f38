package client

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestGreeting(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/hello" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, "hi there")
	}))
	defer srv.Close()

	got, err := Greeting(srv.Client(), srv.URL)
	if err != nil {
		t.Fatalf("Greeting: %v", err)
	}
	if got != "hi there" {
		t.Errorf("Greeting = %q, want %q", got, "hi there")
	}
}

// http.DefaultClient has no custom dialer: on js/wasm it uses the Fetch API
// unless fetch is missing or the process looks like Node (go.dev/issue/57613).
func TestGreetingDefaultClient(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "hi there")
	}))
	defer srv.Close()

	got, err := Greeting(http.DefaultClient, srv.URL)
	if err != nil {
		t.Fatalf("Greeting: %v", err)
	}
	if got != "hi there" {
		t.Errorf("Greeting = %q, want %q", got, "hi there")
	}
}

func TestRecorderStillWorks(t *testing.T) {
	rec := httptest.NewRecorder()
	http.NotFound(rec, httptest.NewRequest("GET", "/x", nil))
	if rec.Code != http.StatusNotFound {
		t.Errorf("code = %d, want 404", rec.Code)
	}
}
