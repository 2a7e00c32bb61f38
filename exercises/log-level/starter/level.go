// Package loglevel defines the severity levels of a logger as an enum.
package loglevel

// Level is the severity of a log record. Levels are ordered, so
// l >= Warn means "at least as severe as Warn". The zero value is Info,
// which makes it the default for a logger nobody configured.
type Level int

// The levels, from least to most severe.
//
// TODO: the zero value of Level must be Info, with Debug below it. Change
// this block so that Debug is -1, Info 0, Warn 1 and Error 2, still using
// iota and without writing any of the numbers by hand.
const (
	Debug Level = iota
	Info
	Warn
	Error
)

// Valid reports whether l is one of the declared levels.
func (l Level) Valid() bool {
	// TODO
	return false
}

// String returns the level's name, such as "WARN", or "Level(42)" for a
// value that is not a declared level.
func (l Level) String() string {
	// TODO
	return ""
}

// Parse returns the level named s, ignoring case: "warn", "WARN" and "Warn"
// all give Warn. Any other input, including the empty string, is an error.
func Parse(s string) (Level, error) {
	// TODO
	return Info, nil
}
