// Package note is the domain layer: the Note entity, its rules and its
// errors. It imports only the standard library.
package note

import (
	"errors"
	"strings"
)

// Errors the rest of the program can test for with errors.Is.
var (
	ErrEmptyTitle = errors.New("note: title is empty")
	ErrNotFound   = errors.New("note: not found")
)

// Note is a titled piece of text.
type Note struct {
	ID    int
	Title string
}

// New returns a note with a cleaned title, or ErrEmptyTitle.
func New(id int, title string) (Note, error) {
	title = strings.TrimSpace(title)
	if title == "" {
		return Note{}, ErrEmptyTitle
	}
	return Note{ID: id, Title: title}, nil
}
