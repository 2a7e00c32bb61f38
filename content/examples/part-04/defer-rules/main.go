// Command defer-rules shows the three rules of defer: deferred calls run in
// last-in, first-out order; their arguments are evaluated when the defer
// statement runs; and a deferred closure sees variables as they are when it
// finally runs, including named results.
package main

import (
	"errors"
	"fmt"
)

func order() {
	for i := range 3 {
		defer fmt.Println("  deferred", i)
	}
	fmt.Println("  body done")
}

func argumentsNow() {
	x := 1
	defer fmt.Println("  argument evaluated at defer time:", x)
	defer func() { fmt.Println("  closure reads x when it runs:", x) }()
	x = 2
}

// save annotates any error it returns. The deferred closure runs after the
// return statement has set err, and may replace it.
func save(name, data string) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("save %s: %w", name, err)
		}
	}()
	if data == "" {
		return errors.New("nothing to write")
	}
	return nil
}

// count shows that a deferred closure can change a named result after
// the return statement has assigned it.
func count() (n int) {
	defer func() { n *= 10 }()
	return 4
}

func main() {
	fmt.Println("order:")
	order()
	fmt.Println("arguments:")
	argumentsNow()
	fmt.Println("named results:")
	fmt.Println("  empty data:", save("report.txt", ""))
	fmt.Println("  with data: ", save("report.txt", "q3 numbers"))
	fmt.Println("  count():", count())
}
