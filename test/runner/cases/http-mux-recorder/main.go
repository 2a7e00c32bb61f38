package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type item struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

func newMux() *http.ServeMux {
	items := map[string]item{"7": {ID: "7", Name: "lamp"}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items/{id}", func(w http.ResponseWriter, r *http.Request) {
		it, ok := items[r.PathValue("id")]
		if !ok {
			http.Error(w, "no such item", http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(it)
	})
	mux.HandleFunc("POST /items", func(w http.ResponseWriter, r *http.Request) {
		var it item
		if err := json.NewDecoder(r.Body).Decode(&it); err != nil {
			http.Error(w, "bad json: "+err.Error(), http.StatusBadRequest)
			return
		}
		items[it.ID] = it
		w.WriteHeader(http.StatusCreated)
		fmt.Fprintf(w, "created %s\n", it.ID)
	})
	mux.HandleFunc("GET /files/{path...}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "file %q\n", r.PathValue("path"))
	})
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "home")
	})
	return mux
}

func do(h http.Handler, method, target, body string) {
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, rd)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	fmt.Printf("%s %s -> %d %q", method, target, res.StatusCode, b)
	if allow := res.Header.Get("Allow"); allow != "" {
		fmt.Printf(" Allow=%s", allow)
	}
	if ct := res.Header.Get("Content-Type"); ct != "" {
		fmt.Printf(" CT=%s", ct)
	}
	fmt.Println()
}

func main() {
	mux := newMux()
	do(mux, "GET", "/items/7", "")
	do(mux, "GET", "/items/8", "")
	do(mux, "DELETE", "/items/7", "")
	do(mux, "POST", "/items", `{"id":"9","name":"desk"}`)
	do(mux, "GET", "/items/9", "")
	do(mux, "POST", "/items", `{bad`)
	do(mux, "GET", "/files/a/b/c.txt", "")
	do(mux, "GET", "/", "")
	do(mux, "GET", "/nope", "")
	do(mux, "HEAD", "/items/7", "")
}
