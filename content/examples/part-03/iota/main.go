// Command iota shows the patterns iota is used for: enumerations, skipped
// values, bit flags and computed sequences. iota is the index of the
// current line (ConstSpec) within a const block, starting at 0, and a line
// without an expression repeats the previous line's expression.
package main

import "fmt"

// Weekday counts from 0, so the zero value of Weekday is Sunday.
type Weekday int

const (
	Sunday  Weekday = iota // 0
	Monday                 // 1: repeats "Weekday = iota"
	Tuesday                // 2
)

// Status reserves 0 for "not set", so a forgotten field is detectable.
type Status int

const (
	StatusUnknown   Status = iota // 0
	StatusActive                  // 1
	StatusSuspended               // 2
)

// Perm is a set of bit flags: each constant has its own bit.
type Perm uint8

const (
	Read  Perm = 1 << iota // 1
	Write                  // 2
	Exec                   // 4
)

// Byte sizes skip iota's first value with the blank identifier.
const (
	_  = iota             // 0, discarded
	KB = 1 << (10 * iota) // 1 << 10
	MB                    // 1 << 20
	GB                    // 1 << 30
)

// iota counts lines, not names: both constants on one line share it.
const (
	a, b = iota, iota * 10 // 0, 0
	c, d                   // 1, 10
)

func main() {
	var day Weekday
	fmt.Println("zero Weekday is Sunday:", day == Sunday, Sunday, Monday, Tuesday)

	var s Status
	fmt.Println("zero Status is unknown:", s == StatusUnknown, StatusActive, StatusSuspended)

	p := Read | Write
	fmt.Printf("perm %03b: read=%t write=%t exec=%t\n", p, p&Read != 0, p&Write != 0, p&Exec != 0)
	p &^= Write // clear the Write bit
	fmt.Printf("perm %03b after clearing write\n", p)

	fmt.Println("sizes:", KB, MB, GB)
	fmt.Println("same line, same iota:", a, b, c, d)
}
