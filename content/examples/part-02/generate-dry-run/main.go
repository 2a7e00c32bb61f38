// Command generate-dry-run carries //go:generate directives. go generate
// never runs on its own, not even during go build; you run it, review the
// files it writes, and commit them. With -n it only prints the commands it
// would run, after expanding variables such as $GOFILE and $GOPACKAGE.
package main

import "fmt"

// Level is a severity. The directive below asks stringer to write
// level_string.go with a String method for Level. A real module would pin
// stringer with a tool line in go.mod (go get -tool); with -n nothing runs,
// so this example needs neither.
//
//go:generate go tool stringer -type=Level -output=level_string.go
type Level int

const (
	Debug Level = iota
	Info
	Warn
)

//go:generate echo generating from $GOFILE in package $GOPACKAGE, line $GOLINE

func main() {
	fmt.Println(Debug, Info, Warn)
}
