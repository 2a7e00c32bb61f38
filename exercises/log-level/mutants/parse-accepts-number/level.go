// Package loglevel defines the severity levels of a logger as an enum.
package loglevel

import (
	"fmt"
	"strconv"
	"strings"
)

// Level is the severity of a log record. Levels are ordered, so
// l >= Warn means "at least as severe as Warn". The zero value is Info,
// which makes it the default for a logger nobody configured.
type Level int

// The levels, from least to most severe.
const (
	Debug Level = iota - 1 // -1
	Info                   // 0, the zero value
	Warn                   // 1
	Error                  // 2
)

// names holds the name of each level, indexed by level - Debug.
var names = [...]string{"DEBUG", "INFO", "WARN", "ERROR"}

// Valid reports whether l is one of the declared levels.
func (l Level) Valid() bool {
	return l >= Debug && l <= Error
}

// String returns the level's name, such as "WARN", or "Level(42)" for a
// value that is not a declared level.
func (l Level) String() string {
	if !l.Valid() {
		return "Level(" + strconv.Itoa(int(l)) + ")"
	}
	return names[l-Debug]
}

// Parse returns the level named s, ignoring case: "warn", "WARN" and "Warn"
// all give Warn. Any other input, including the empty string, is an error.
func Parse(s string) (Level, error) {
	for i, name := range names {
		if strings.EqualFold(s, name) {
			return Debug + Level(i), nil
		}
	}
	if n, err := strconv.Atoi(s); err == nil && Level(n).Valid() {
		return Level(n), nil
	}
	return Info, fmt.Errorf("loglevel: unknown level %q (want debug, info, warn or error)", s)
}
