package main

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"
)

var ErrOrderNotFound = errors.New("orders: order not found") // domain

// orderStatus is the storage adapter; query stands in for a *sql.DB call.
func orderStatus(query func(string) (string, error), id string) (string, error) {
	status, err := query(id)
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

// writeError is the HTTP adapter's half: a status and a stable code out,
// the full error into the log, once.
func writeError(w http.ResponseWriter, logger *log.Logger, err error) {
	status, code := http.StatusInternalServerError, "internal"
	if errors.Is(err, ErrOrderNotFound) {
		status, code = http.StatusNotFound, "order_not_found"
	} else {
		logger.Printf("internal error: %v", err)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]string{"code": code}) // client gone if this fails
}
