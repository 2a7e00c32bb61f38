package reminders

import (
	"errors"
	"io"
	"testing"
	"time"
)

// fakeStore implements every method the billing database has, so the same
// tests compile against the reviewed code and the fixed one.
type fakeStore struct{ unpaid []Invoice }

func (f *fakeStore) Create(Invoice) error                     { return nil }
func (f *fakeStore) Get(string) (Invoice, error)              { return Invoice{}, nil }
func (f *fakeStore) Update(Invoice) error                     { return nil }
func (f *fakeStore) Delete(string) error                      { return nil }
func (f *fakeStore) ListByCustomer(string) ([]Invoice, error) { return nil, nil }
func (f *fakeStore) ListUnpaid() ([]Invoice, error)           { return f.unpaid, nil }
func (f *fakeStore) MarkPaid(string) error                    { return nil }
func (f *fakeStore) Export(io.Writer) error                   { return nil }

type fakeMailer struct {
	sent []string
	fail map[string]error
}

func (m *fakeMailer) Send(to, subject, body string) error {
	if err := m.fail[to]; err != nil {
		return err
	}
	m.sent = append(m.sent, to)
	return nil
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestSendOverdueUsesTheInjectedClock(t *testing.T) {
	store := &fakeStore{unpaid: []Invoice{
		{ID: "A-1", Email: "ada@example.com", DueDate: day("2024-03-01")},
		{ID: "A-2", Email: "ken@example.com", DueDate: day("2024-04-01")},
	}}
	mailer := &fakeMailer{}
	s := &Service{Store: store, Mailer: mailer, Now: func() time.Time { return day("2024-03-15") }}
	n, err := s.SendOverdue()
	if err != nil || n != 1 {
		t.Fatalf("SendOverdue() = %d, %v; want 1, nil (only A-1 is overdue on 2024-03-15)", n, err)
	}
	if len(mailer.sent) != 1 || mailer.sent[0] != "ada@example.com" {
		t.Errorf("reminded %v, want [ada@example.com]", mailer.sent)
	}
}

func TestAFailedEmailKeepsItsCauseAndDoesNotStopTheOthers(t *testing.T) {
	bounce := errors.New("mailbox full")
	store := &fakeStore{unpaid: []Invoice{
		{ID: "B-1", Email: "full@example.com", DueDate: day("2024-01-01")},
		{ID: "B-2", Email: "grace@example.com", DueDate: day("2024-01-02")},
	}}
	mailer := &fakeMailer{fail: map[string]error{"full@example.com": bounce}}
	s := &Service{Store: store, Mailer: mailer, Now: func() time.Time { return day("2024-02-01") }}
	n, err := s.SendOverdue()
	if !errors.Is(err, bounce) {
		t.Errorf("error %v does not wrap the mailer's error %v", err, bounce)
	}
	if n != 1 || len(mailer.sent) != 1 || mailer.sent[0] != "grace@example.com" {
		t.Errorf("sent %d reminders to %v, want 1 to [grace@example.com]: one bounce must not stop the rest", n, mailer.sent)
	}
}
