// Package inventory tracks how many units of each product are in stock.
package inventory

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
)

// ErrInsufficient is returned by Remove when there are fewer units in
// stock than requested.
var ErrInsufficient = errors.New("insufficient stock")

// Stock counts units per SKU. The zero value is an empty stock, ready to
// use. Counts are never negative: the map is unexported, so the only way
// to change it is through Add and Remove, which check their arguments.
type Stock struct {
	units map[string]int
}

// Line is one row of a stock report. Its fields are exported, so other
// packages (and encoding/json) can read and set them.
type Line struct {
	SKU   string
	Units int
}

// Add puts n more units of sku into stock. n must be positive.
func (s *Stock) Add(sku string, n int) error {
	if n <= 0 {
		return fmt.Errorf("add %d of %s: count must be positive", n, sku)
	}
	if s.units == nil {
		s.units = make(map[string]int)
	}
	s.units[sku] += n
	return nil
}

// Remove takes n units of sku out of stock. n must be positive. When
// fewer than n units are in stock, Remove returns an error wrapping
// ErrInsufficient and leaves the stock unchanged.
func (s *Stock) Remove(sku string, n int) error {
	if n <= 0 {
		return fmt.Errorf("remove %d of %s: count must be positive", n, sku)
	}
	if have := s.units[sku]; have < n {
		return fmt.Errorf("remove %d of %s (have %d): %w", n, sku, have, ErrInsufficient)
	}
	s.units[sku] -= n
	return nil
}

// Report lists every SKU with its count, sorted by SKU.
func (s *Stock) Report() []Line {
	lines := make([]Line, 0, len(s.units))
	for sku, n := range s.units {
		lines = append(lines, Line{SKU: sku, Units: n})
	}
	slices.SortFunc(lines, func(a, b Line) int { return cmp.Compare(a.SKU, b.SKU) })
	return lines
}
