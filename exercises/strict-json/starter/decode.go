// Package httpapi decodes request bodies for caseflow-service strictly:
// one JSON object, known fields only, bounded size, nothing after it.
package httpapi

import "net/http"

// DecodeJSON reads exactly one JSON object of at most maxBytes bytes from
// r's body into dst. Every error it returns is a *RequestError.
func DecodeJSON(w http.ResponseWriter, r *http.Request, maxBytes int64, dst any) error {
	// TODO: bound the body, refuse unknown fields, decode one value, and
	// make sure nothing follows it.
	return nil
}

// Validate reports the first missing or invalid field as a *RequestError.
func (req RejectRequest) Validate() error {
	// TODO: reason and expected_version are required.
	return nil
}
