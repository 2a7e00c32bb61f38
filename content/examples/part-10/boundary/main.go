// Command boundary translates errors twice: the storage adapter turns
// database errors into domain errors, and the HTTP adapter turns those into
// a status and a public message, logging the cause that clients never see.
package main

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
)

// Domain layer: the vocabulary every other layer speaks.
var ErrOrderNotFound = errors.New("orders: order not found")

// Storage adapter. query stands in for a real *sql.DB call.
type store struct {
	query func(id string) (string, error)
}

func (s store) OrderStatus(id string) (string, error) {
	status, err := s.query(id)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		// Translate, and do not wrap: sql.ErrNoRows must not become our API.
		return "", fmt.Errorf("order %s: %w", id, ErrOrderNotFound)
	case err != nil:
		// Infrastructure failure: keep the cause for the logs.
		return "", fmt.Errorf("load order %s: %w", id, err)
	}
	return status, nil
}

// HTTP adapter.
type server struct {
	orders store
	log    *log.Logger
}

func (s server) handleOrder(w http.ResponseWriter, r *http.Request) {
	status, err := s.orders.OrderStatus(r.PathValue("id"))
	if err != nil {
		s.writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": status})
}

func (s server) writeError(w http.ResponseWriter, err error) {
	switch {
	case errors.Is(err, ErrOrderNotFound):
		writeJSON(w, http.StatusNotFound, map[string]string{"code": "order_not_found"})
	default:
		s.log.Printf("internal error: %v", err) // handled here, once
		writeJSON(w, http.StatusInternalServerError, map[string]string{"code": "internal"})
	}
}

func writeJSON(w http.ResponseWriter, status int, body any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(body) // the client is gone if this fails
}

func main() {
	db := func(id string) (string, error) {
		switch id {
		case "7":
			return "shipped", nil
		case "8":
			return "", sql.ErrNoRows
		}
		return "", errors.New("dial tcp 10.0.3.7:5432: connect: connection refused")
	}
	s := server{orders: store{query: db}, log: log.New(os.Stdout, "log: ", 0)}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /orders/{id}", s.handleOrder)

	for _, id := range []string{"7", "8", "9"} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", "/orders/"+id, nil))
		res := rec.Result()
		fmt.Printf("GET /orders/%s -> %d %s", id, res.StatusCode, rec.Body.String())
	}
}
