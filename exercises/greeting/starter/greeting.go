// Package greeting formats friendly greetings.
//
// The zero value of Greeter is ready to use, and the package-level Greet
// uses it, so most callers never configure anything.
package greeting

// Defaults used when a Greeter field is left at its zero value.
const (
	DefaultSalutation  = "Hello"
	DefaultPunctuation = "!"
	DefaultName        = "world"
)

// Greeter builds greetings such as "Hello, Ada!". Every field is optional:
// an empty field means "use the default", so var g Greeter is ready to use.
type Greeter struct {
	// Salutation opens the greeting; empty means DefaultSalutation.
	Salutation string
	// Punctuation closes the greeting; empty means DefaultPunctuation.
	Punctuation string
}

// Greet returns a greeting for name. Surrounding blanks are removed and runs
// of inner blanks become one space; a blank name greets DefaultName.
func (g Greeter) Greet(name string) string {
	// TODO: clean the name, fall back to DefaultName, and apply the defaults
	// for empty fields.
	return ""
}

// GreetAll greets several people in one sentence: "Hello, Ada and Ken!" or
// "Hello, Ada, Grace and Ken!". Blank names are skipped; if none remain,
// it behaves like Greet("").
func (g Greeter) GreetAll(names ...string) string {
	// TODO: clean and filter the names, then join them with ", " and " and ".
	return ""
}

// Greet greets name with a zero-value Greeter.
func Greet(name string) string {
	// TODO: use a zero-value Greeter.
	return ""
}
