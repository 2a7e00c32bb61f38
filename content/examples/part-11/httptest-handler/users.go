// Package users serves user names over HTTP.
package users

import (
	"encoding/json"
	"net/http"
)

// Routes returns the handler for names, a map from user id to name.
func Routes(names map[string]string) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /users/{id}", func(w http.ResponseWriter,
		r *http.Request) {
		name, ok := names[r.PathValue("id")]
		if !ok {
			http.Error(w, "no such user", http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]string{"name": name})
	})
	return mux
}
