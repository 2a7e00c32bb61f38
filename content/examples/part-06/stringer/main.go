// Command stringer shows fmt.Stringer: which verbs use it, and why a String
// method with a pointer receiver is skipped for plain values.
package main

import "fmt"

// Level is a small integer type; String gives it readable output.
type Level int

const (
	Debug Level = iota
	Info
	Warn
)

var levelNames = [...]string{Debug: "debug", Info: "info", Warn: "warn"}

// String has a value receiver, so both Level and *Level are Stringers.
func (l Level) String() string {
	if l >= 0 && int(l) < len(levelNames) {
		return levelNames[l]
	}
	// int(l) has no String method. Formatting l itself with %v here would
	// call String again and recurse until the stack overflows.
	return fmt.Sprintf("Level(%d)", int(l))
}

// Account has String on the pointer receiver.
type Account struct {
	ID    int
	Owner string
}

func (a *Account) String() string { return fmt.Sprintf("account #%d (%s)", a.ID, a.Owner) }

// The build fails if these types stop satisfying fmt.Stringer.
var (
	_ fmt.Stringer = Level(0)
	_ fmt.Stringer = (*Account)(nil)
)

func main() {
	fmt.Println(Warn, Level(9))
	fmt.Printf("%%v=%v %%s=%s %%d=%d %%q=%q\n", Info, Info, Info, Info)

	acct := Account{ID: 7, Owner: "Ada"}
	fmt.Println("value:  ", acct)  // Account has no String method: fields are printed
	fmt.Println("pointer:", &acct) // *Account has one

	var missing *Account
	fmt.Println("nil pointer:", missing) // fmt catches the nil dereference
}
