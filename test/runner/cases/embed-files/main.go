// //go:embed in its forms: a string, a []byte, and embed.FS trees with and
// without hidden files.
package main

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"
)

//go:embed hello.txt
var hello string

//go:embed static/css/site.css
var css []byte

//go:embed static
var site embed.FS

//go:embed all:static
var everything embed.FS

//go:embed static/*
var top embed.FS

//go:embed "hello.txt" static/*.html
var mixed embed.FS

func list(name string, fsys embed.FS) {
	var names []string
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if !d.IsDir() {
			names = append(names, p)
		}
		return nil
	})
	fmt.Printf("%s: %s\n", name, strings.Join(names, " "))
}

func main() {
	fmt.Printf("string: %q\n", hello)
	fmt.Printf("bytes: %d %q\n", len(css), css)
	list("static", site)
	list("all:static", everything)
	list("static/*", top)
	list("mixed", mixed)
	page, err := site.ReadFile("static/index.html")
	fmt.Printf("ReadFile: %q %v\n", page, err)
	_, err = site.ReadFile("static/.env")
	fmt.Println("hidden:", err)
	sub, _ := fs.Sub(site, "static")
	entries, _ := fs.ReadDir(sub, ".")
	for _, e := range entries {
		fmt.Println("entry:", e.Name(), e.IsDir())
	}
}
