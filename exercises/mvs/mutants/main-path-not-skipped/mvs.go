// Package mvs computes build lists with minimal version selection (MVS), the
// algorithm the go command uses to choose one version of every module.
package mvs

import (
	"fmt"
	"slices"
	"strings"
)

// Module is one version of a module, such as example.com/log@v1.2.0.
// The main module has no version: its Version is "".
type Module struct {
	Path    string
	Version string
}

// String returns path@version, or just the path when Version is empty.
func (m Module) String() string {
	if m.Version == "" {
		return m.Path
	}
	return m.Path + "@" + m.Version
}

// Compare compares two semantic versions of the form vMAJOR.MINOR.PATCH with
// an optional -PRERELEASE suffix, following the precedence rules of Semantic
// Versioning 2.0.0. It returns -1 if v < w, 0 if they are equal and +1 if
// v > w. Both versions must be valid.
func Compare(v, w string) int {
	vCore, vPre, _ := strings.Cut(strings.TrimPrefix(v, "v"), "-")
	wCore, wPre, _ := strings.Cut(strings.TrimPrefix(w, "v"), "-")
	if c := compareDotted(vCore, wCore, true); c != 0 {
		return c
	}
	// Same core: a release sorts after any of its pre-releases.
	switch {
	case vPre == wPre:
		return 0
	case vPre == "":
		return +1
	case wPre == "":
		return -1
	}
	return compareDotted(vPre, wPre, false)
}

// compareDotted compares dot-separated identifiers one by one. In the core
// (numericOnly) every identifier is a number. In a pre-release, numbers
// compare numerically, other identifiers in ASCII order, a number sorts
// before a non-number, and a longer list wins when one is a prefix of the
// other.
func compareDotted(a, b string, numericOnly bool) int {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(as) && i < len(bs); i++ {
		x, y := as[i], bs[i]
		xNum, yNum := numericOnly || isNumber(x), numericOnly || isNumber(y)
		var c int
		switch {
		case xNum && yNum:
			c = compareNumbers(x, y)
		case xNum:
			c = -1
		case yNum:
			c = +1
		default:
			c = strings.Compare(x, y)
		}
		if c != 0 {
			return c
		}
	}
	return compareInts(len(as), len(bs))
}

// compareNumbers compares two decimal numbers without leading zeros, of any
// length: the longer one is larger, and equal lengths compare as text.
func compareNumbers(x, y string) int {
	if c := compareInts(len(x), len(y)); c != 0 {
		return c
	}
	return strings.Compare(x, y)
}

func compareInts(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return +1
	}
	return 0
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// BuildList returns the build list of the main module: main itself, then the
// selected version of every other module reachable from it, sorted by path.
//
// reqs maps every module version to the module versions its go.mod
// requires; reqs[main] holds the main module's own requirements. The
// selected version of a module is the highest version required anywhere in
// the graph reachable from main, including by versions that are not
// selected themselves. The main module is always selected as itself, so
// requirements on its path are ignored. BuildList returns an error if a
// reachable module version has no entry in reqs.
func BuildList(main Module, reqs map[Module][]Module) ([]Module, error) {
	selected := map[string]string{} // module path -> highest version so far
	visited := map[Module]bool{main: true}
	queue := []Module{main}
	for len(queue) > 0 {
		m := queue[0]
		queue = queue[1:]
		required, ok := reqs[m]
		if !ok {
			return nil, fmt.Errorf("mvs: no requirements listed for %s", m)
		}
		for _, r := range required {
			if visited[r] {
				continue
			}
			visited[r] = true
			queue = append(queue, r)
			if cur, ok := selected[r.Path]; !ok || Compare(r.Version, cur) > 0 {
				selected[r.Path] = r.Version
			}
		}
	}

	list := make([]Module, 0, len(selected))
	for path, version := range selected {
		list = append(list, Module{Path: path, Version: version})
	}
	slices.SortFunc(list, func(a, b Module) int { return strings.Compare(a.Path, b.Path) })
	return append([]Module{main}, list...), nil
}
