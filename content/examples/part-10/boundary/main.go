// Command boundary translates errors twice: the storage adapter turns
// database errors into domain errors, and the HTTP adapter turns those into
// a status and a public code, logging the cause that clients never see.
// This file drives the adapters in adapters.go.
package main

import (
	"database/sql"
	"errors"
	"fmt"
	"log"
	"net/http/httptest"
	"os"
)

func main() {
	db := func(id string) (string, error) {
		if id == "8" {
			return "", sql.ErrNoRows
		}
		return "", errors.New("dial tcp 10.0.3.7:5432: connect: connection refused")
	}
	logger := log.New(os.Stdout, "log: ", 0)
	for _, id := range []string{"8", "9"} {
		rec := httptest.NewRecorder()
		if _, err := orderStatus(db, id); err != nil {
			writeError(rec, logger, err)
		}
		fmt.Printf("GET /orders/%s -> %d %s", id, rec.Result().StatusCode, rec.Body.String())
	}
}
