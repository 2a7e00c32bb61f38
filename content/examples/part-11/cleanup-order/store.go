// Package store opens a store kept in a directory.
package store

import "os"

// Open checks that the store's directory exists, relative to the current
// directory, as a command-line tool would.
func Open(dir string) error {
	_, err := os.Stat(dir)
	return err
}
