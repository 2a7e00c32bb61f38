// Package conn stands in for a connection that tests share.
package conn

import "sync/atomic"

// Conn is a connection that can be closed once.
type Conn struct{ closed atomic.Bool }

// Close closes the connection.
func (c *Conn) Close() { c.closed.Store(true) }

// Query fails once the connection is closed.
func (c *Conn) Query() string {
	if c.closed.Load() {
		return "error: connection closed"
	}
	return "ok"
}
