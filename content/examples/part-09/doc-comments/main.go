// Command doc-comments uses package roman, whose doc comments are what
// go doc prints in the lesson.
package main

import (
	"errors"
	"fmt"

	"gomastery/examples/part-09/doc-comments/roman"
)

func main() {
	s, _ := roman.Format(1994)
	n, _ := roman.Parse("XLII")
	_, err := roman.Parse("IIII")
	fmt.Println(s, n, err, errors.Is(err, roman.ErrSyntax))
}
