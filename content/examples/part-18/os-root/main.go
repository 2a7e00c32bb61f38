// Command os-root opens files by names that come from users, inside
// one directory, with os.Root (Go 1.24).
package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	dir, err := os.MkdirTemp("", "uploads")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "report.txt"), []byte("ok\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "..", "secret.txt"), []byte("no"), 0o600)
	defer os.Remove(filepath.Join(dir, "..", "secret.txt"))

	root, err := os.OpenRoot(dir)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer root.Close()

	// Names as a client might send them.
	for _, name := range []string{
		"report.txt",
		"../secret.txt",
		"sub/../report.txt",
		"/etc/passwd",
	} {
		// filepath.Join(dir, name) would happily leave dir.
		data, err := root.ReadFile(name) // Root.ReadFile: Go 1.25
		if err != nil {
			fmt.Printf("%-18s error: %v\n", name, err)
			continue
		}
		fmt.Printf("%-18s %q\n", name, data)
	}

	// filepath.IsLocal is the lexical check, when no file is opened.
	fmt.Println(filepath.IsLocal("../secret.txt"), filepath.IsLocal("a/b"))
}
