package report

import (
	_ "embed"
	"fmt"
)

//go:embed  template.txt
var template string

func Print() { fmt.Print(template) }
