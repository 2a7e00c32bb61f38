// Package notes is the use-case layer: what a user can do with notes. It
// imports the domain and declares, as an interface, the storage it needs.
package notes

import (
	"fmt"

	"gomastery/examples/part-08/layers/internal/domain/note"
)

// Repository is the port this use case needs. Any adapter with these two
// methods satisfies it, without importing this package.
type Repository interface {
	Save(n note.Note) error
	Find(id int) (note.Note, error)
}

// Service creates and reads notes.
type Service struct {
	repo   Repository
	lastID int
}

// NewService returns a Service that stores notes in repo.
func NewService(repo Repository) *Service {
	return &Service{repo: repo}
}

// Create validates title, stores a new note and returns it.
func (s *Service) Create(title string) (note.Note, error) {
	n, err := note.New(s.lastID+1, title)
	if err != nil {
		return note.Note{}, fmt.Errorf("create note: %w", err)
	}
	if err := s.repo.Save(n); err != nil {
		return note.Note{}, fmt.Errorf("create note: %w", err)
	}
	s.lastID = n.ID
	return n, nil
}

// Get returns the note with the given id.
func (s *Service) Get(id int) (note.Note, error) {
	n, err := s.repo.Find(id)
	if err != nil {
		return note.Note{}, fmt.Errorf("get note %d: %w", id, err)
	}
	return n, nil
}
