// Command target-files asks go/build, the standard library's model of how
// the go command selects files, which files of an imaginary package would
// be compiled for several targets. Nothing is built and nothing is read
// from disk, so the output is the same on every machine.
package main

import (
	"fmt"
	"go/build"
	"io"
	"path"
	"strings"
)

// file is a source file's name and its build constraint ("" for none).
type file struct {
	name       string
	constraint string
}

var files = []file{
	{"store.go", ""},
	{"path_windows.go", ""},                 // _GOOS suffix
	{"mmap_unix.go", "//go:build unix"},     // any Unix-like GOOS
	{"mmap_other.go", "//go:build !unix"},   // everything else
	{"sum_amd64.go", ""},                    // _GOARCH suffix
	{"sum_generic.go", "//go:build !amd64"}, // fallback for other CPUs
	{"sys_linux_arm64.go", ""},              // _GOOS_GOARCH suffix
	{"trace_debug.go", "//go:build debug"},  // custom tag, set with -tags
	{"cgo_linux.go", "//go:build cgo"},      // suffix and constraint must both hold
	{"gen.go", "//go:build ignore"},         // a tag nobody sets: never built
}

// target is a GOOS/GOARCH pair plus any custom build tags.
type target struct {
	goos, goarch string
	tags         []string
}

func main() {
	targets := []target{
		{"linux", "amd64", nil},
		{"linux", "arm64", nil},
		{"linux", "amd64", []string{"debug"}},
		{"darwin", "arm64", nil},
		{"windows", "amd64", nil},
		{"js", "wasm", nil},
	}
	for _, t := range targets {
		fmt.Printf("GOOS=%s GOARCH=%s tags=%v\n    %s\n",
			t.goos, t.goarch, t.tags, strings.Join(selected(t), " "))
	}
}

// selected lists the files that build for t. Cgo is off, as it is by
// default when cross-compiling.
func selected(t target) []string {
	ctx := build.Default
	ctx.GOOS, ctx.GOARCH, ctx.BuildTags = t.goos, t.goarch, t.tags
	ctx.CgoEnabled = false
	// Serve file contents from the table above instead of the disk.
	ctx.OpenFile = func(p string) (io.ReadCloser, error) {
		for _, f := range files {
			if f.name == path.Base(p) {
				src := f.constraint + "\n\npackage store\n"
				return io.NopCloser(strings.NewReader(src)), nil
			}
		}
		return nil, fmt.Errorf("no such file: %s", p)
	}
	var names []string
	for _, f := range files {
		ok, err := ctx.MatchFile("/src/store", f.name)
		if err != nil {
			panic(err)
		}
		if ok {
			names = append(names, f.name)
		}
	}
	return names
}
