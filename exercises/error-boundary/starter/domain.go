package orders

import "errors"

// The domain's errors. Handlers, use cases and tests match them with
// errors.Is; no caller should need to know which database is underneath.
var (
	ErrNotFound = errors.New("orders: order not found")
	ErrConflict = errors.New("orders: order was changed concurrently")
)
