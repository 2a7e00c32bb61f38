// Package orders holds the two error boundaries of an order service: the
// storage adapter's (database errors in, domain errors out) and the HTTP
// adapter's (domain errors in, a status and a public message out).
package orders

import (
	"net/http"
)

// FromStore translates an error from the database layer for operation op.
// See README.md for the rules.
func FromStore(op string, err error) error {
	// TODO: translate sql.ErrNoRows and *DriverError codes; wrap the rest.
	return err
}

// Retryable reports whether retrying the operation that failed with err may
// succeed. It asks the errors in err's tree what they can do.
func Retryable(err error) bool {
	// TODO: look for Retryable() bool, then Timeout() bool, in err's tree.
	return false
}

// Body is the JSON body of every error response.
type Body struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// WriteError writes the response for a non-nil err. Clients get a stable
// code and a fixed message; the cause goes to logf when the fault is ours.
func WriteError(w http.ResponseWriter, err error, logf func(format string, args ...any)) {
	// TODO: this is what the handlers do today. It leaks every internal
	// detail to the client, and logs nothing.
	http.Error(w, err.Error(), http.StatusInternalServerError)
}
