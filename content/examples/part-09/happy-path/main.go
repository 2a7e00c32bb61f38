// Command happy-path parses "key = value" settings. Each check returns
// early with context, so the successful path runs down the left margin
// and every error says where it happened.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Settings are the values a config file can set.
type Settings struct {
	Host  string
	Port  int
	Debug bool
}

// parse reads settings from lines, starting from the defaults.
func parse(lines []string) (Settings, error) {
	s := Settings{Host: "localhost", Port: 8080}
	for i, line := range lines {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if !ok {
			return Settings{}, fmt.Errorf("line %d: want key = value, got %q", i+1, line)
		}
		if err := s.set(strings.TrimSpace(key), strings.TrimSpace(value)); err != nil {
			return Settings{}, fmt.Errorf("line %d: %w", i+1, err)
		}
	}
	return s, nil
}

// set assigns one setting. Every case rejects bad input first and assigns
// last.
func (s *Settings) set(key, value string) error {
	switch key {
	case "host":
		if value == "" {
			return errors.New("host: empty")
		}
		s.Host = value
	case "port":
		n, err := strconv.Atoi(value)
		if err != nil {
			return fmt.Errorf("port: %w", err)
		}
		if n < 1 || n > 65535 {
			return fmt.Errorf("port: %d is outside 1-65535", n)
		}
		s.Port = n
	case "debug":
		b, err := strconv.ParseBool(value)
		if err != nil {
			return fmt.Errorf("debug: %w", err)
		}
		s.Debug = b
	default:
		return fmt.Errorf("unknown key %q", key)
	}
	return nil
}

func main() {
	inputs := [][]string{
		{"# local", "host = db.internal", "port = 5432", "debug = true"},
		{"host = db.internal", "port = http"},
		{"port = 70000"},
		{"timeout = 5s"},
		{"debug"},
	}
	for _, lines := range inputs {
		s, err := parse(lines)
		if err != nil {
			fmt.Printf("error: %v (syntax error: %t)\n", err, errors.Is(err, strconv.ErrSyntax))
			continue
		}
		fmt.Printf("ok: %+v\n", s)
	}
}
