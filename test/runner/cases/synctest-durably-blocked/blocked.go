// Package blocked has nothing but its tests: they show which ways of waiting
// count as "durably blocked" for testing/synctest.
package blocked
