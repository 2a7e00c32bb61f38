// Package httpapi decodes request bodies for caseflow-service strictly:
// one JSON object, known fields only, bounded size, nothing after it.
package httpapi

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// DecodeJSON reads exactly one JSON object of at most maxBytes bytes from
// r's body into dst. Every error it returns is a *RequestError.
func DecodeJSON(w http.ResponseWriter, r *http.Request, maxBytes int64, dst any) error {
	r.Body = http.MaxBytesReader(w, r.Body, maxBytes)
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		return &RequestError{Message: describe(err)}
	}
	// The body must end here: a second Decode has to report io.EOF.
	if err := dec.Decode(&struct{}{}); !errors.Is(err, io.EOF) {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return &RequestError{Message: describe(err)}
		}
		return &RequestError{Message: "request body must contain a single JSON object"}
	}
	return nil
}

// describe names what is wrong without quoting the body.
func describe(err error) string {
	var (
		tooBig  *http.MaxBytesError
		syntax  *json.SyntaxError
		typeErr *json.UnmarshalTypeError
	)
	switch {
	case errors.As(err, &tooBig):
		return fmt.Sprintf("request body must not exceed %d bytes", MaxRejectBody)
	case errors.Is(err, io.EOF):
		return "request body must not be empty"
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "request body is not valid JSON: it ends too early"
	case errors.As(err, &syntax):
		return fmt.Sprintf("request body is not valid JSON (at byte %d)", syntax.Offset)
	case errors.As(err, &typeErr) && typeErr.Field == "":
		return "request body must be a JSON object"
	case errors.As(err, &typeErr):
		return fmt.Sprintf("field %q must be of type %s", typeErr.Field, typeErr.Type)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		// encoding/json has no error type for this case; the prefix is stable.
		return "unknown field " + strings.TrimPrefix(err.Error(), "json: unknown field ")
	default:
		return "request body is not valid JSON"
	}
}

// Validate reports the first missing or invalid field as a *RequestError.
func (req RejectRequest) Validate() error {
	switch {
	case strings.TrimSpace(req.Reason) == "":
		return &RequestError{Message: "reason is required"}
	case req.ExpectedVersion < 1:
		return &RequestError{Message: "expected_version is required and must be at least 1"}
	}
	return nil
}
