// Command request-values keeps request-scoped data in a context behind an
// unexported key type and typed accessors.
package main

import (
	"context"
	"fmt"
)

// requestIDKey is unexported: no other package can build this key, so no
// other package can read or overwrite the value by accident.
type requestIDKey struct{}

// WithRequestID returns a copy of ctx that carries id.
func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey{}, id)
}

// RequestID returns the id stored by WithRequestID, if any.
func RequestID(ctx context.Context) (string, bool) {
	id, ok := ctx.Value(requestIDKey{}).(string)
	return id, ok
}

func logf(ctx context.Context, format string, args ...any) {
	id, ok := RequestID(ctx)
	if !ok {
		id = "-"
	}
	fmt.Printf("[%s] "+format+"\n", append([]any{id}, args...)...)
}

func main() {
	ctx := context.Background()
	logf(ctx, "startup")

	req := WithRequestID(ctx, "req-7")
	logf(req, "handling GET /orders")

	// A string key looks the same but is a different key: the lookup
	// compares type and value, so it finds nothing.
	fmt.Println("string key:", req.Value("requestIDKey"))

	// A child shadows the value; the parent is unchanged.
	retry := WithRequestID(req, "req-7/retry-1")
	logf(retry, "retrying")
	logf(req, "still the original")
}
