// Command trimarch rewrites one file of the Go toolchain so that a cross-compiled
// cmd/compile or cmd/link only carries the backend for one architecture.
//
// cmd/compile and cmd/link register every architecture they support in a switch
// statement or a map literal keyed by GOARCH. Those references keep every backend
// (and its large generated SSA rewrite rules) alive in the binary, although the
// in-browser toolchain only ever targets wasm. Dropping the other keys lets the
// linker discard them: compile.wasm shrinks by about a quarter.
//
// Usage:
//
//	trimarch -in config.go -out trimmed.go -keep wasm -decl NewConfig
//
// Within the named top-level declarations (functions or variables), every switch
// whose case clauses are all string literals, and every map literal whose keys are
// all string literals, keeps only the clauses/entries that mention -keep (and the
// default clause). Imports that are no longer referenced are removed. The tool
// fails when it finds nothing to trim, so a toolchain change cannot go unnoticed.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path"
	"strconv"
	"strings"
)

func main() {
	in := flag.String("in", "", "Go source file to read")
	out := flag.String("out", "", "file to write")
	keep := flag.String("keep", "wasm", "GOARCH value to keep")
	decls := flag.String("decl", "", "comma-separated top-level function or variable names to trim")
	flag.Parse()
	if *in == "" || *out == "" || *decls == "" {
		flag.Usage()
		os.Exit(2)
	}
	src, err := os.ReadFile(*in)
	if err != nil {
		fail(err)
	}
	if bytes.Contains(src, []byte("//go:")) {
		// Directives would be lost with the comments below; refuse rather than miscompile.
		fail(fmt.Errorf("%s contains //go: directives; trimarch cannot keep them", *in))
	}
	trimmed, removed, err := trim(src, *keep, strings.Split(*decls, ","))
	if err != nil {
		fail(err)
	}
	if removed == 0 {
		fail(fmt.Errorf("%s: nothing to trim in %s", *in, *decls))
	}
	if err := os.WriteFile(*out, trimmed, 0o644); err != nil {
		fail(err)
	}
	fmt.Printf("%s: removed %d architecture entries\n", path.Base(*in), removed)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "trimarch:", err)
	os.Exit(1)
}

func trim(src []byte, keep string, names []string) ([]byte, int, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", src, parser.ParseComments)
	if err != nil {
		return nil, 0, err
	}
	wanted := map[string]bool{}
	for _, n := range names {
		wanted[n] = true
	}
	removed := 0
	for _, d := range f.Decls {
		if declName(d, wanted) {
			ast.Inspect(d, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.SwitchStmt:
					removed += trimSwitch(n, keep)
				case *ast.CompositeLit:
					removed += trimMap(n, keep)
				}
				return true
			})
		}
	}
	dropUnusedImports(f)
	var buf bytes.Buffer
	// Comments are dropped: they would be misplaced after removing clauses, and the
	// output is only ever read by the compiler.
	f.Comments = nil
	if err := format.Node(&buf, fset, f); err != nil {
		return nil, 0, err
	}
	return buf.Bytes(), removed, nil
}

func declName(d ast.Decl, wanted map[string]bool) bool {
	switch d := d.(type) {
	case *ast.FuncDecl:
		return d.Recv == nil && wanted[d.Name.Name]
	case *ast.GenDecl:
		for _, s := range d.Specs {
			if vs, ok := s.(*ast.ValueSpec); ok {
				for _, n := range vs.Names {
					if wanted[n.Name] {
						return true
					}
				}
			}
		}
	}
	return false
}

// stringKeys reports whether every expression is a string literal, and whether one equals keep.
func stringKeys(exprs []ast.Expr, keep string) (all, match bool) {
	for _, e := range exprs {
		lit, ok := e.(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			return false, false
		}
		if v, _ := strconv.Unquote(lit.Value); v == keep {
			match = true
		}
	}
	return true, match
}

func trimSwitch(sw *ast.SwitchStmt, keep string) int {
	var kept []ast.Stmt
	removed := 0
	for _, s := range sw.Body.List {
		cc := s.(*ast.CaseClause)
		all, match := stringKeys(cc.List, keep)
		if cc.List == nil || !all || match {
			kept = append(kept, cc)
		} else {
			removed++
		}
	}
	sw.Body.List = kept
	return removed
}

func trimMap(lit *ast.CompositeLit, keep string) int {
	if _, ok := lit.Type.(*ast.MapType); !ok {
		return 0
	}
	var kept []ast.Expr
	removed := 0
	for _, e := range lit.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			return 0
		}
		all, match := stringKeys([]ast.Expr{kv.Key}, keep)
		if !all {
			return 0
		}
		if match {
			kept = append(kept, kv)
		} else {
			removed++
		}
	}
	lit.Elts = kept
	return removed
}

// dropUnusedImports removes imports whose package name no selector refers to any more.
// The package name is assumed to be the last path element, which holds for the
// toolchain's own packages.
func dropUnusedImports(f *ast.File) {
	used := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				used[id.Name] = true
			}
		}
		return true
	})
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		var kept []ast.Spec
		for _, s := range gd.Specs {
			is := s.(*ast.ImportSpec)
			p, _ := strconv.Unquote(is.Path.Value)
			name := path.Base(p)
			if is.Name != nil {
				name = is.Name.Name
			}
			if used[name] || name == "_" || name == "." {
				kept = append(kept, is)
			}
		}
		gd.Specs = kept
	}
	f.Imports = nil
}
