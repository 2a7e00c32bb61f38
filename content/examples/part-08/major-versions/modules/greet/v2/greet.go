// Package greet is version 2 of the greeting library. Hello gained a
// language parameter and an error result: a breaking change, so the
// module path gained a /v2 suffix.
package greet

import "fmt"

var salutations = map[string]string{"en": "Hello", "id": "Halo", "nl": "Hallo"}

// Hello greets name in the language with the given code.
func Hello(lang, name string) (string, error) {
	s, ok := salutations[lang]
	if !ok {
		return "", fmt.Errorf("greet: no salutation for language %q", lang)
	}
	return s + ", " + name + "!", nil
}
