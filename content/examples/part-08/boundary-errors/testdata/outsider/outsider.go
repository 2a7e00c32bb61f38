// Package outsider is deliberately broken: it lives outside vault/ and
// still imports vault's internal package.
package outsider

import "gomastery/examples/part-08/boundary-errors/vault/internal/secret"

// Peek tries to reuse a helper it was never meant to see.
func Peek(s string) string { return secret.Mask(s) }
