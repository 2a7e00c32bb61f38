// Command fs-embed writes one function against fs.FS and runs it on
// embedded files, on a directory on disk and on an fstest.MapFS.
package main

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"os"
	"testing/fstest"
)

// The files under docs/ are compiled into the binary.
//
//go:embed docs
var docs embed.FS

// lineCounts returns the number of lines of every file in fsys.
func lineCounts(fsys fs.FS) (map[string]int, error) {
	counts := map[string]int{}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		f, err := fsys.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			counts[p]++
		}
		return sc.Err()
	})
	return counts, err
}

func main() {
	embedded, _ := lineCounts(docs)
	fmt.Println("embed.FS:  ", embedded) // fmt sorts map keys

	disk, _ := lineCounts(os.DirFS("docs"))
	fmt.Println("os.DirFS:  ", disk) // names are relative to the root

	mem := fstest.MapFS{
		"a.txt":     {Data: []byte("one\ntwo\n")},
		"sub/b.txt": {Data: []byte("three")},
	}
	inMemory, _ := lineCounts(mem)
	fmt.Println("MapFS:     ", inMemory)

	// fstest.TestFS checks that an fs.FS behaves as the interface says
	// and contains the files you expect.
	fmt.Println("TestFS:    ", fstest.TestFS(mem, "a.txt", "sub/b.txt"))

	_, err := fs.ReadFile(docs, "../main.go")
	fmt.Println("escape:    ", err)
}
