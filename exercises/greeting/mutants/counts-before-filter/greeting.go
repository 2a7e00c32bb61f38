// Package greeting formats friendly greetings.
//
// The zero value of Greeter is ready to use, and the package-level Greet
// uses it, so most callers never configure anything.
package greeting

import "strings"

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
	name = cleanName(name)
	if name == "" {
		name = DefaultName
	}
	return g.salutation() + ", " + name + g.punctuation()
}

// GreetAll greets several people in one sentence: "Hello, Ada and Ken!" or
// "Hello, Ada, Grace and Ken!". Blank names are skipped; if none remain,
// it behaves like Greet("").
func (g Greeter) GreetAll(names ...string) string {
	kept := make([]string, 0, len(names))
	for _, n := range names {
		if n = cleanName(n); n != "" {
			kept = append(kept, n)
		}
	}
	switch len(names) {
	case 0:
		return g.Greet("")
	case 1:
		return g.Greet(names[0])
	}
	if len(kept) == 0 {
		return g.Greet("")
	}
	last := len(kept) - 1
	list := strings.Join(kept[:last], ", ") + " and " + kept[last]
	return g.salutation() + ", " + list + g.punctuation()
}

// Greet greets name with a zero-value Greeter.
func Greet(name string) string {
	var g Greeter
	return g.Greet(name)
}

func (g Greeter) salutation() string {
	if g.Salutation != "" {
		return g.Salutation
	}
	return DefaultSalutation
}

func (g Greeter) punctuation() string {
	if g.Punctuation != "" {
		return g.Punctuation
	}
	return DefaultPunctuation
}

// cleanName trims a name and collapses inner runs of whitespace.
func cleanName(name string) string {
	return strings.Join(strings.Fields(name), " ")
}
