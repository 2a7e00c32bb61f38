// Package report renders an invoice as a plain-text table.
package report

import (
	"fmt"
	"io"
	"text/tabwriter"
)

// Line is one row of an invoice.
type Line struct {
	Item  string
	Qty   int
	Cents int
}

// Render writes the invoice as aligned columns with a total.
func Render(w io.Writer, lines []Line) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "item\tqty\tamount\t")
	total := 0
	for _, l := range lines {
		amount := l.Qty * l.Cents
		total += amount
		fmt.Fprintf(tw, "%s\t%d\t%s\t\n", l.Item, l.Qty, money(amount))
	}
	fmt.Fprintf(tw, "total\t\t%s\t\n", money(total))
	return tw.Flush()
}

func money(cents int) string {
	return fmt.Sprintf("%d.%02d", cents/100, cents%100)
}
