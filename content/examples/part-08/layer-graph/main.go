// Command layer-graph reads the source of the layers example, collects the
// imports of each package, and checks every import against the layer
// rules: a small version of what depguard or a custom CI check does.
package main

import (
	"fmt"
	"go/parser"
	"go/token"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

const (
	dir    = "../layers"                         // where the source is
	prefix = "gomastery/examples/part-08/layers" // its import path
)

// layerOf classifies a package of the layers example by its import path.
// Paths outside the project, such as the standard library, get "".
func layerOf(path string) string {
	if path == prefix {
		return "cmd"
	}
	rest, ok := strings.CutPrefix(path, prefix+"/")
	switch {
	case !ok:
		return ""
	case strings.HasPrefix(rest, "internal/domain/"):
		return "domain"
	case strings.HasPrefix(rest, "internal/usecase/"):
		return "usecase"
	case strings.HasPrefix(rest, "internal/adapter/"):
		return "adapter"
	}
	return "unknown"
}

// allowed is the rules table: may a package in layer from import one in
// layer to? Dependencies point inwards, and nothing imports cmd.
func allowed(from, to string) bool {
	switch from {
	case "domain":
		return to == "domain"
	case "usecase":
		return to == "domain" || to == "usecase"
	case "adapter", "cmd":
		return to == "domain" || to == "usecase" || to == "adapter"
	}
	return false
}

// imports maps each package's import path to the sorted paths it imports.
func imports(root string) (map[string][]string, error) {
	graph := make(map[string][]string)
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(root, filepath.Dir(path))
		if err != nil {
			return err
		}
		pkg := strings.TrimSuffix(prefix+"/"+filepath.ToSlash(rel), "/.")
		for _, spec := range f.Imports {
			imp, _ := strconv.Unquote(spec.Path.Value)
			if !slices.Contains(graph[pkg], imp) {
				graph[pkg] = append(graph[pkg], imp)
			}
		}
		return nil
	})
	for _, imps := range graph {
		slices.Sort(imps)
	}
	return graph, err
}

// short trims the project prefix so the output stays readable.
func short(path string) string {
	if path == prefix {
		return "layers"
	}
	return strings.TrimPrefix(path, prefix+"/")
}

func main() {
	graph, err := imports(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for _, pkg := range slices.Sorted(maps.Keys(graph)) {
		from := layerOf(pkg)
		fmt.Printf("%s [%s]\n", short(pkg), from)
		var outside []string
		for _, imp := range graph[pkg] {
			to := layerOf(imp)
			if to == "" {
				outside = append(outside, imp)
				continue
			}
			verdict := "ok"
			if !allowed(from, to) {
				verdict = "FORBIDDEN"
			}
			fmt.Printf("  -> %s [%s] %s\n", short(imp), to, verdict)
		}
		if len(outside) > 0 {
			fmt.Printf("  -> outside the project: %s\n", strings.Join(outside, ", "))
		}
	}

	fmt.Println("edges that would fail review:")
	for _, e := range [][2]string{{"domain", "adapter"}, {"usecase", "adapter"}, {"adapter", "cmd"}} {
		fmt.Printf("  %s -> %s allowed: %t\n", e[0], e[1], allowed(e[0], e[1]))
	}
}
