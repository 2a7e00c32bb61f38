// Command first-errors shows errors as ordinary values: returned as the
// last result, checked right away, and wrapped with context on the way up.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// parsePort returns the port number in s, or an error that names s.
func parsePort(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		// strconv's error already quotes s, so add only what it lacks.
		// %w keeps err inside the new error, so callers can still find it.
		return 0, fmt.Errorf("port: %w", err)
	}
	if n < 1 || n > 65535 {
		return 0, fmt.Errorf("port %d out of range 1-65535", n)
	}
	return n, nil
}

// parseAddr splits "host:port" and adds its own context to any error.
func parseAddr(addr string) (string, int, error) {
	host, portText, ok := strings.Cut(addr, ":")
	if !ok {
		return "", 0, fmt.Errorf("address %q: missing \":port\"", addr)
	}
	port, err := parsePort(portText)
	if err != nil {
		return "", 0, fmt.Errorf("address %q: %w", addr, err)
	}
	return host, port, nil
}

func main() {
	for _, addr := range []string{"localhost:8080", "db:70000", "cache:http", "queue"} {
		host, port, err := parseAddr(addr)
		if err != nil {
			fmt.Println("error:", err)
			// errors.Is looks through every %w layer for a match.
			fmt.Println("  bad number syntax?", errors.Is(err, strconv.ErrSyntax))
			continue
		}
		fmt.Printf("ok: host=%s port=%d\n", host, port)
	}
}
