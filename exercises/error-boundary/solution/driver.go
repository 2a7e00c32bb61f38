package orders

// DriverError is what the database driver returns when the server rejects a
// statement, in the style of PostgreSQL drivers. Its Message and Detail name
// tables, constraints and values: useful in logs, never in a response.
type DriverError struct {
	Code    string // SQLSTATE, e.g. "23505"
	Message string
	Detail  string
}

func (e *DriverError) Error() string {
	return "db: " + e.Message + " (SQLSTATE " + e.Code + ")"
}

// SQLSTATE codes this package cares about.
const (
	CodeUniqueViolation      = "23505" // a unique constraint rejected the row
	CodeSerializationFailure = "40001" // a concurrent transaction won; retry it
	CodeDeadlockDetected     = "40P01" // the server aborted a deadlock; retry it
)
