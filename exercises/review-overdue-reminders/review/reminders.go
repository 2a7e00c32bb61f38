// Package reminders emails customers whose invoices are overdue.
package reminders

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// Invoice is an invoice as the billing database stores it.
type Invoice struct {
	ID      string
	Email   string
	DueDate time.Time
	Paid    bool
}

// InvoiceStore is the billing database.
type InvoiceStore interface {
	Create(inv Invoice) error
	Get(id string) (Invoice, error)
	Update(inv Invoice) error
	Delete(id string) error
	ListByCustomer(email string) ([]Invoice, error)
	ListUnpaid() ([]Invoice, error)
	MarkPaid(id string) error
	Export(w io.Writer) error
}

// Mailer sends one email.
type Mailer interface {
	Send(to, subject, body string) error
}

// sent counts reminders since the process started, for the admin page.
var sent int

// Service sends payment reminders.
type Service struct {
	Store  InvoiceStore
	Mailer Mailer
	// Now returns the current time; tests replace it.
	Now func() time.Time
}

// Sent reports how many reminders were sent since the process started.
func Sent() int { return sent }

// SendOverdue emails a reminder for every unpaid invoice whose due date has
// passed, and returns how many reminders it sent.
func (s *Service) SendOverdue() (int, error) {
	invoices, err := s.Store.ListUnpaid()
	if err != nil {
		if strings.Contains(err.Error(), "no rows") {
			return 0, nil
		}
		return 0, err
	}
	now := time.Now()
	n := 0
	for _, inv := range invoices {
		if !inv.DueDate.Before(now) {
			continue
		}
		body := fmt.Sprintf("Invoice %s was due on %s.", inv.ID, inv.DueDate.Format("2 January 2006"))
		if err := s.Mailer.Send(inv.Email, "Payment reminder", body); err != nil {
			return n, fmt.Errorf("send failed")
		}
		n++
		sent++
	}
	return n, nil
}
