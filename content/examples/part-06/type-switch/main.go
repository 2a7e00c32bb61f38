// Command type-switch recovers concrete types from interface values with
// type assertions (comma-ok and panicking) and type switches.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

// describe picks a case by the dynamic type of v. Cases are tried in order.
func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil interface"
	case int, int64:
		// Several types in one case: x keeps the type of v (any).
		return fmt.Sprintf("integer %v of type %T", x, x)
	case string:
		return fmt.Sprintf("string of %d bytes", len(x)) // x is a string here
	case error:
		return "error: " + x.Error() // an interface type as a case
	case fmt.Stringer:
		return "stringer: " + x.String()
	default:
		return fmt.Sprintf("something else: %T", x)
	}
}

func main() {
	values := []any{nil, 42, int64(7), "héllo", errors.New("disk full"), celsius(21.5), 3.5, []byte("hi")}
	for _, v := range values {
		fmt.Println(describe(v))
	}

	// Comma-ok: ok reports whether the assertion holds; s is the zero value if not.
	var v any = 42
	s, ok := v.(string)
	fmt.Printf("v.(string): %q, %t\n", s, ok)

	// Without comma-ok, a failed assertion panics.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = v.(string)
	}()

	// Asserting to an interface type asks "does it also have these methods?",
	// which is how optional capabilities are discovered.
	var w io.Writer = &strings.Builder{}
	if sw, ok := w.(io.StringWriter); ok {
		_, _ = sw.WriteString("written without converting to []byte")
		fmt.Println("io.StringWriter supported; wrote", w.(*strings.Builder).Len(), "bytes")
	}
}
