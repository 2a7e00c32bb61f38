// A tour of standard-library packages the runner downloads only when a
// program imports them: encoding/gob, archive/zip, image/png, go/parser,
// go/types, go/format, text/scanner and os/user.
package main

import (
	"archive/zip"
	"bytes"
	"encoding/gob"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"go/types"
	"image"
	"image/color"
	"image/png"
	"io"
	"os/user"
	"strings"
	"text/scanner"
)

type point struct{ X, Y int }

func main() {
	// encoding/gob: a round trip through a buffer.
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(map[string]point{"a": {1, 2}}); err != nil {
		panic(err)
	}
	var back map[string]point
	if err := gob.NewDecoder(&buf).Decode(&back); err != nil {
		panic(err)
	}
	fmt.Println("gob:", back)

	// archive/zip: write an archive in memory and list it.
	var zbuf bytes.Buffer
	zw := zip.NewWriter(&zbuf)
	for _, name := range []string{"hello.txt", "dir/notes.md"} {
		w, _ := zw.Create(name)
		io.WriteString(w, "contents of "+name)
	}
	zw.Close()
	zr, err := zip.NewReader(bytes.NewReader(zbuf.Bytes()), int64(zbuf.Len()))
	if err != nil {
		panic(err)
	}
	for _, f := range zr.File {
		rc, _ := f.Open()
		data, _ := io.ReadAll(rc)
		fmt.Printf("zip: %s %q\n", f.Name, data)
	}

	// image/png: encode a 2x2 image and decode it again.
	img := image.NewRGBA(image.Rect(0, 0, 2, 2))
	img.Set(1, 1, color.RGBA{255, 0, 0, 255})
	var pbuf bytes.Buffer
	png.Encode(&pbuf, img)
	decoded, kind, err := image.Decode(&pbuf)
	fmt.Println("png:", kind, decoded.Bounds(), decoded.At(1, 1), err)

	// go/parser, go/types, go/format: parse, type-check and reformat.
	src := "package calc\nfunc  Add(a,b int) int {return a+b}\nvar X = Add(1, 2)\n"
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "calc.go", src, 0)
	if err != nil {
		panic(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}}
	pkg, err := new(types.Config).Check("calc", fset, []*ast.File{file}, info)
	fmt.Println("types:", pkg.Scope().Lookup("Add").Type(), err)
	var out strings.Builder
	format.Node(&out, fset, file)
	fmt.Print("format:\n", out.String())
	_, err = parser.ParseFile(fset, "bad.go", "package x\nfunc {", 0)
	fmt.Println("parse error:", err)

	// text/scanner: Go-like tokens.
	var s scanner.Scanner
	s.Init(strings.NewReader(`x := 3.5 + "hi" // note`))
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Printf("scan: %s %q\n", scanner.TokenString(tok), s.TokenText())
	}

	// os/user: compiles and runs; what it finds depends on the platform.
	_, err = user.Current()
	fmt.Println("user error?", err != nil)
}
