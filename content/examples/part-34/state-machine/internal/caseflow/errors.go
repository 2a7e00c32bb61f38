package caseflow

import "errors"

// Errors the domain and its ports return. Callers test for them with
// errors.Is, so they may arrive wrapped with context.
var (
	ErrInvalidTransition = errors.New("caseflow: invalid transition")
	ErrReviewerRequired  = errors.New("caseflow: reviewer required")
	ErrTenantRequired    = errors.New("caseflow: tenant id required")
	ErrNotFound          = errors.New("caseflow: case not found")
	ErrConflict          = errors.New("caseflow: version conflict")
	ErrForbidden         = errors.New("caseflow: forbidden")
)
