package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	dir, err := os.MkdirTemp("", "notes-*")
	if err != nil {
		fmt.Println("mkdirtemp:", err)
		return
	}
	defer os.RemoveAll(dir)

	path := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(path, []byte("first\nsecond\n"), 0o644); err != nil {
		fmt.Println("write:", err)
		return
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		fmt.Println("open:", err)
		return
	}
	fmt.Fprintln(f, "third")
	f.Close()

	f, _ = os.Open(path)
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		fmt.Println(n, sc.Text())
	}
	f.Close()

	info, _ := os.Stat(path)
	fmt.Println(info.Name(), info.Size(), info.IsDir())

	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "sub", "a.txt"), nil, 0o644)
	var names []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, p)
		names = append(names, rel)
		return nil
	})
	fmt.Println(names)

	_, err = os.ReadFile(filepath.Join(dir, "missing.txt"))
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	fmt.Println(os.Remove(path) == nil)
}
