package httpapi

import "errors"

// The caseflow domain's sentinel errors, copied here so this package stands
// alone. In caseflow-service they live in package caseflow.
var (
	ErrInvalidTransition = errors.New("caseflow: invalid transition")
	ErrReviewerRequired  = errors.New("caseflow: reviewer required")
	ErrTenantRequired    = errors.New("caseflow: tenant id required")
	ErrNotFound          = errors.New("caseflow: case not found")
	ErrConflict          = errors.New("caseflow: version conflict")
	ErrForbidden         = errors.New("caseflow: forbidden")
)

// RequestError reports a request the client must fix, such as malformed
// JSON. Message was written for the client and is safe to return.
type RequestError struct {
	Message string
}

func (e *RequestError) Error() string { return "invalid request: " + e.Message }
