package report

import (
	"bytes"
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// go test -update rewrites the golden files from the current output.
var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// golden compares got with testdata/<test name>.golden.
func golden(t *testing.T, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", t.Name()+".golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("missing %s: run go test -update", path)
	} else if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s\n--- got:\n%s--- want:\n%s",
			path, got, want)
	}
}

func TestRender(t *testing.T) {
	var buf bytes.Buffer
	err := Render(&buf, []Line{
		{"keyboard", 1, 4999},
		{"cable", 3, 650},
	})
	if err != nil {
		t.Fatal(err)
	}
	golden(t, buf.Bytes())
}

func TestEmpty(t *testing.T) {
	// A new test: its golden file has not been written yet.
	var buf bytes.Buffer
	if err := Render(&buf, nil); err != nil {
		t.Fatal(err)
	}
	golden(t, buf.Bytes())
}
