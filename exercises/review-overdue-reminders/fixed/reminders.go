// Package reminders emails customers whose invoices are overdue.
package reminders

import (
	"errors"
	"fmt"
	"sync/atomic"
	"time"
)

// ErrNoInvoices is what a store returns when it has no unpaid invoices.
var ErrNoInvoices = errors.New("no unpaid invoices")

// Invoice is an invoice as the billing database stores it.
type Invoice struct {
	ID      string
	Email   string
	DueDate time.Time
	Paid    bool
}

// UnpaidLister is the one thing the service needs from the billing database.
type UnpaidLister interface {
	ListUnpaid() ([]Invoice, error)
}

// Mailer sends one email.
type Mailer interface {
	Send(to, subject, body string) error
}

// Service sends payment reminders.
type Service struct {
	Store  UnpaidLister
	Mailer Mailer
	// Now returns the current time; tests replace it.
	Now func() time.Time

	sent atomic.Int64
}

// Sent reports how many reminders this service has sent.
func (s *Service) Sent() int { return int(s.sent.Load()) }

// SendOverdue emails a reminder for every unpaid invoice whose due date has
// passed, and returns how many reminders it sent. A failed email does not
// stop the others; every failure is returned, joined.
func (s *Service) SendOverdue() (int, error) {
	invoices, err := s.Store.ListUnpaid()
	if errors.Is(err, ErrNoInvoices) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("list unpaid invoices: %w", err)
	}
	now := s.now()
	n := 0
	var failures []error
	for _, inv := range invoices {
		if !inv.DueDate.Before(now) {
			continue
		}
		body := fmt.Sprintf("Invoice %s was due on %s.", inv.ID, inv.DueDate.Format("2 January 2006"))
		if err := s.Mailer.Send(inv.Email, "Payment reminder", body); err != nil {
			failures = append(failures, fmt.Errorf("remind invoice %s: %w", inv.ID, err))
			continue
		}
		n++
		s.sent.Add(1)
	}
	return n, errors.Join(failures...)
}

func (s *Service) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}
