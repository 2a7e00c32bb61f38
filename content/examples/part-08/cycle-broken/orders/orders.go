// Package orders places customer orders. It needs invoices to be created,
// but it does not import the package that creates them: it declares the
// one method it needs as an interface, and main supplies the
// implementation.
package orders

import "fmt"

// Order is a customer order.
type Order struct {
	ID    string
	Cents int
}

// Invoicer creates an invoice for an order and returns its number. It is
// declared here, by the package that calls it, and is as small as the
// caller's need.
type Invoicer interface {
	Invoice(o Order) (string, error)
}

// Service places orders.
type Service struct {
	invoicer Invoicer
}

// NewService returns a Service that bills orders through inv.
func NewService(inv Invoicer) *Service {
	return &Service{invoicer: inv}
}

// Place accepts o and bills it.
func (s *Service) Place(o Order) (string, error) {
	if o.Cents <= 0 {
		return "", fmt.Errorf("place order %s: amount must be positive", o.ID)
	}
	number, err := s.invoicer.Invoice(o)
	if err != nil {
		return "", fmt.Errorf("place order %s: %w", o.ID, err)
	}
	return number, nil
}
