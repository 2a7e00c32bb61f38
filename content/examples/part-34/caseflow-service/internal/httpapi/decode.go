package httpapi

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// maxBodyBytes bounds every request body. The largest valid body, a
// rejection reason, fits comfortably.
const maxBodyBytes = 4 << 10

// decodeJSON reads exactly one JSON object into dst and refuses anything
// else: unknown fields, a second value, a body over maxBodyBytes, wrong
// types. Its errors carry messages that are safe to show the client.
func decodeJSON(w http.ResponseWriter, r *http.Request, dst any) error {
	r.Body = http.MaxBytesReader(w, r.Body, maxBodyBytes)
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		return invalidRequest(describeJSONError(err))
	}
	// A second Decode must hit the end of the body; anything else is
	// trailing data such as a second object or garbage.
	if err := dec.Decode(&struct{}{}); !errors.Is(err, io.EOF) {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return invalidRequest(describeJSONError(err))
		}
		return invalidRequest("request body must contain a single JSON object")
	}
	return nil
}

// describeJSONError turns a decoding error into a message that names the
// problem without repeating the body back.
func describeJSONError(err error) string {
	var (
		tooBig  *http.MaxBytesError
		syntax  *json.SyntaxError
		typeErr *json.UnmarshalTypeError
	)
	switch {
	case errors.As(err, &tooBig):
		return fmt.Sprintf("request body must not exceed %d bytes", tooBig.Limit)
	case errors.Is(err, io.EOF):
		return "request body must not be empty"
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "request body is truncated JSON"
	case errors.As(err, &syntax):
		return fmt.Sprintf("request body is not valid JSON (at byte %d)", syntax.Offset)
	case errors.As(err, &typeErr) && typeErr.Field == "":
		return "request body must be a JSON object"
	case errors.As(err, &typeErr):
		return fmt.Sprintf("field %q must be of type %s", typeErr.Field, typeErr.Type)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		// encoding/json has no error type for this; the prefix is stable,
		// and the name it quotes is bounded by maxBodyBytes.
		return "unknown field " + strings.TrimPrefix(err.Error(), "json: unknown field ")
	default:
		return "request body is not valid JSON"
	}
}
