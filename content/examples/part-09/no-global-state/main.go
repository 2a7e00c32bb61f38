// Command no-global-state numbers invoices twice: once with a package-level
// counter, once with a counter each service owns. Only the second gives
// results that do not depend on what else ran first.
package main

import "fmt"

// nextNumber is package-level mutable state: every caller in the program
// shares it, including tests that would like to start from 1.
var nextNumber int

func globalInvoiceID(prefix string) string {
	nextNumber++
	return fmt.Sprintf("%s-%04d", prefix, nextNumber)
}

// Sequence is the same counter as a value. Its zero value is ready to use
// and hands out 1 first.
type Sequence struct {
	last int
}

// Next returns the next number in the sequence.
func (s *Sequence) Next() int {
	s.last++
	return s.last
}

// Invoicer numbers invoices with the Sequence it was given.
type Invoicer struct {
	Prefix string
	Seq    *Sequence
}

// ID returns the next invoice ID.
func (inv Invoicer) ID() string {
	return fmt.Sprintf("%s-%04d", inv.Prefix, inv.Seq.Next())
}

// simulate stands for two tests, run in the order given.
func simulate(first, second func() string) {
	fmt.Println("  first: ", first())
	fmt.Println("  second:", second())
}

func main() {
	fmt.Println("global counter, tenant A then B:")
	simulate(func() string { return globalInvoiceID("A") }, func() string { return globalInvoiceID("B") })
	fmt.Println("global counter, same calls again:")
	simulate(func() string { return globalInvoiceID("A") }, func() string { return globalInvoiceID("B") })

	fmt.Println("injected sequences, tenant A then B:")
	a := Invoicer{Prefix: "A", Seq: &Sequence{}}
	b := Invoicer{Prefix: "B", Seq: &Sequence{}}
	simulate(a.ID, b.ID)
	fmt.Println("fresh sequences, same calls again:")
	a, b = Invoicer{Prefix: "A", Seq: &Sequence{}}, Invoicer{Prefix: "B", Seq: &Sequence{}}
	simulate(a.ID, b.ID)

	fmt.Println("one sequence shared on purpose:")
	shared := &Sequence{}
	a, b = Invoicer{Prefix: "A", Seq: shared}, Invoicer{Prefix: "B", Seq: shared}
	simulate(a.ID, b.ID)
}
