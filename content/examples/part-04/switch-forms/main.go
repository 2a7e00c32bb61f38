// Command switch-forms shows the shapes of Go's switch: cases with several
// values, a switch with no condition, an init statement, and fallthrough.
package main

import "fmt"

// kind classifies a byte. Cases are tried top to bottom and the first
// match wins; there is no implicit fall-through into the next case.
func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t', '\n':
		return "space"
	default:
		return "other"
	}
}

// grade has no switch expression, so each case is a boolean condition:
// a clearer if-else-if chain.
func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 75:
		return "B"
	case score >= 50:
		return "C"
	default:
		return "F"
	}
}

// features shows fallthrough: control moves into the next case's body
// without testing that case's value.
func features(plan string) []string {
	var out []string
	switch plan {
	case "enterprise":
		out = append(out, "audit log")
		fallthrough
	case "team":
		out = append(out, "shared projects")
		fallthrough
	case "free":
		out = append(out, "editor")
	}
	return out
}

func main() {
	fmt.Println(kind('e'), kind('\t'), kind('z'))
	fmt.Println(grade(95), grade(80), grade(10))

	for _, plan := range []string{"free", "team", "enterprise", "unknown"} {
		fmt.Printf("%-10s %q\n", plan, features(plan))
	}

	// A switch can start with an init statement, like if.
	switch n := len("gopher"); {
	case n > 5:
		fmt.Println("long word:", n)
	default:
		fmt.Println("short word:", n)
	}
}
