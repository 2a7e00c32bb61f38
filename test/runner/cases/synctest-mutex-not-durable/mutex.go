// Package mutex has nothing but its test: a goroutine waiting for a
// sync.Mutex is not durably blocked, so a synctest bubble's clock never
// advances past it and the test hangs until its timeout.
package mutex
