// Package mvs computes build lists with minimal version selection (MVS), the
// algorithm the go command uses to choose one version of every module.
package mvs

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
	// TODO: compare the numeric core first, then the pre-release suffix.
	return 0
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
	// TODO: walk the graph from main, visiting each module version once,
	// and remember the highest version seen for each module path.
	return nil, nil
}
