// Package memstore is an outbound adapter: an in-memory note store. It
// imports the domain for the Note type and nothing from the use cases.
package memstore

import "gomastery/examples/part-08/layers/internal/domain/note"

// Store keeps notes in a map. The zero value is ready to use.
type Store struct {
	notes map[int]note.Note
}

// Save stores n, replacing any note with the same ID.
func (s *Store) Save(n note.Note) error {
	if s.notes == nil {
		s.notes = make(map[int]note.Note)
	}
	s.notes[n.ID] = n
	return nil
}

// Find returns the note with the given id, or note.ErrNotFound.
func (s *Store) Find(id int) (note.Note, error) {
	n, ok := s.notes[id]
	if !ok {
		return note.Note{}, note.ErrNotFound
	}
	return n, nil
}
