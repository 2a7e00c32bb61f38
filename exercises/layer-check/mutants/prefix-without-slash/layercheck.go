// Package layercheck checks a project's import graph against layer rules,
// the way a CI step guards the boundaries of a layered Go service.
package layercheck

import (
	"fmt"
	"slices"
	"strings"
)

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
	layerOf := make(map[string]Layer, len(pkgs))
	for _, p := range pkgs {
		layerOf[p.Path] = p.Layer
	}

	found := make(map[string]bool)
	edges := make(map[string][]string, len(pkgs))
	for _, p := range pkgs {
		if rank(p.Layer) < 0 {
			found[fmt.Sprintf("unknown layer: %s has layer %q", p.Path, p.Layer)] = true
		}
		for _, imp := range p.Imports {
			if !inModule(module, imp) {
				continue
			}
			to, ok := layerOf[imp]
			if !ok {
				found[fmt.Sprintf("unknown import: %s imports %s", p.Path, imp)] = true
				continue
			}
			edges[p.Path] = append(edges[p.Path], imp)
			if rank(p.Layer) >= 0 && rank(to) >= 0 && !allowed(p.Layer, to) {
				found[fmt.Sprintf("forbidden: %s (%s) imports %s (%s)", p.Path, p.Layer, imp, to)] = true
			}
		}
	}
	for _, cycle := range cycles(edges) {
		found["cycle: "+strings.Join(cycle, ", ")] = true
	}

	out := make([]string, 0, len(found))
	for msg := range found {
		out = append(out, msg)
	}
	slices.Sort(out)
	return out
}

// rank orders the layers from the inside out; -1 means unknown.
func rank(l Layer) int {
	switch l {
	case Domain:
		return 0
	case Usecase:
		return 1
	case Adapter:
		return 2
	case Cmd:
		return 3
	}
	return -1
}

// allowed reports whether a package in layer from may import one in layer
// to: dependencies point inwards or stay in their layer, and nothing
// imports a command.
func allowed(from, to Layer) bool {
	return to != Cmd && rank(to) <= rank(from)
}

// inModule reports whether path belongs to the module: the module's own
// path, or one below it. "example.com/shopping" is not in "example.com/shop".
func inModule(module, path string) bool {
	return strings.HasPrefix(path, module)
}

// cycles returns the strongly connected components of the graph that
// contain a cycle, each sorted, using Tarjan's algorithm.
func cycles(edges map[string][]string) [][]string {
	nodes := make([]string, 0, len(edges))
	for n := range edges {
		nodes = append(nodes, n)
	}
	slices.Sort(nodes)

	var (
		next    int
		index   = make(map[string]int)
		low     = make(map[string]int)
		onStack = make(map[string]bool)
		stack   []string
		out     [][]string
	)
	var visit func(v string)
	visit = func(v string) {
		index[v], low[v] = next, next
		next++
		stack = append(stack, v)
		onStack[v] = true
		for _, w := range edges[v] {
			if _, seen := index[w]; !seen {
				visit(w)
				low[v] = min(low[v], low[w])
			} else if onStack[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] != index[v] {
			return
		}
		var scc []string
		for {
			w := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			onStack[w] = false
			scc = append(scc, w)
			if w == v {
				break
			}
		}
		if len(scc) > 1 || slices.Contains(edges[v], v) {
			slices.Sort(scc)
			out = append(out, scc)
		}
	}
	for _, v := range nodes {
		if _, seen := index[v]; !seen {
			visit(v)
		}
	}
	return out
}
