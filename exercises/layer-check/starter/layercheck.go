// Package layercheck checks a project's import graph against layer rules,
// the way a CI step guards the boundaries of a layered Go service.
package layercheck

// Layer says where a package sits in the architecture.
type Layer string

// The four layers, from the innermost to the outermost.
const (
	Domain  Layer = "domain"
	Usecase Layer = "usecase"
	Adapter Layer = "adapter"
	Cmd     Layer = "cmd"
)

// Package is one package of the project: its import path, its layer, and
// the import paths it imports.
type Package struct {
	Path    string
	Layer   Layer
	Imports []string
}

// Check reports every violation of the layer rules in pkgs, the packages
// of the module whose path is module. The result is sorted, holds each
// violation once, and is empty when the graph is clean. Check does not
// modify pkgs.
func Check(module string, pkgs []Package) []string {
	// TODO: index the packages by path, walk every import, report
	// forbidden edges, unknown imports and unknown layers, then find
	// import cycles. Sort the result.
	return nil
}
