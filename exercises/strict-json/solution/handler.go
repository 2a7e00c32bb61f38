package httpapi

import (
	"encoding/json"
	"errors"
	"net/http"
)

// MaxRejectBody is the largest body POST /v1/cases/{id}/reject accepts.
const MaxRejectBody = 1024

// RejectRequest is the body of POST /v1/cases/{id}/reject.
type RejectRequest struct {
	Reason          string `json:"reason"`
	ExpectedVersion int64  `json:"expected_version"`
}

// RequestError reports a request the client must fix. Message is written for
// the client: it names the problem and never repeats the body back.
type RequestError struct {
	Message string
}

func (e *RequestError) Error() string { return "invalid request: " + e.Message }

type errorBody struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// HandleReject decodes and validates a rejection. In caseflow-service it
// would go on to call the app service; here it echoes the request.
func HandleReject(w http.ResponseWriter, r *http.Request) {
	var req RejectRequest
	err := DecodeJSON(w, r, MaxRejectBody, &req)
	if err == nil {
		err = req.Validate()
	}
	var bad *RequestError
	switch {
	case err == nil:
		writeJSON(w, http.StatusOK, req)
	case errors.As(err, &bad):
		writeJSON(w, http.StatusBadRequest, errorBody{Code: "invalid_request", Message: bad.Message})
	default:
		// Not a *RequestError: treat it as a bug, and say nothing about it.
		writeJSON(w, http.StatusInternalServerError, errorBody{Code: "internal_error", Message: "internal error"})
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
