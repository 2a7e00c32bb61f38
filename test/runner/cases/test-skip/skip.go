// Package skip shows skipped tests.
package skip

// Double doubles n.
func Double(n int) int { return 2 * n }
