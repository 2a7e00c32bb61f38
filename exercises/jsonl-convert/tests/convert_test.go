package convert

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
)

// readers are the ways a source may legally deliver its bytes.
var readers = []struct {
	name string
	wrap func(io.Reader) io.Reader
}{
	{"plain", func(r io.Reader) io.Reader { return r }},
	{"OneByteReader", iotest.OneByteReader},
	{"HalfReader", iotest.HalfReader},
	{"DataErrReader", iotest.DataErrReader},
}

// records decodes the output strictly: every line one JSON object with
// exactly the fields line and text, every line ended by "\n".
func records(t *testing.T, out string) []Record {
	t.Helper()
	if out == "" {
		return nil
	}
	if !strings.HasSuffix(out, "\n") {
		t.Fatalf("output %q does not end with a newline", out)
	}
	var recs []Record
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		var rec Record
		if err := dec.Decode(&rec); err != nil {
			t.Fatalf("output line %q is not a valid record: %v", line, err)
		}
		if dec.More() {
			t.Fatalf("output line %q holds more than one JSON value", line)
		}
		recs = append(recs, rec)
	}
	return recs
}

func numbered(texts ...string) []Record {
	var recs []Record
	for i, s := range texts {
		recs = append(recs, Record{Line: i + 1, Text: s})
	}
	return recs
}

func TestConvert(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		maxLine int
		want    []string
	}{
		{"empty input", "", 10, nil},
		{"one line", "hello\n", 10, []string{"hello"}},
		{"last line without newline", "a\nb", 10, []string{"a", "b"}},
		{"only a newline", "\n", 10, []string{""}},
		{"empty lines count", "a\n\nb\n", 10, []string{"a", "", "b"}},
		{"CRLF line endings", "a\r\nb\r\n", 10, []string{"a", "b"}},
		{"characters JSON must escape", "tab\there \"q\" back\\slash\n", 40,
			[]string{"tab\there \"q\" back\\slash"}},
		{"control and non-ASCII bytes", "del\x7f é <b>&\n", 40,
			[]string{"del\x7f é <b>&"}},
		{"line of exactly maxLine bytes", "12345\nab\n", 5, []string{"12345", "ab"}},
		{"maxLine bytes and CRLF", "12345\r\n", 5, []string{"12345"}},
		{"maxLine bytes at the end", "ab\n12345", 5, []string{"ab", "12345"}},
	}
	for _, tt := range tests {
		for _, rd := range readers {
			t.Run(tt.name+"/"+rd.name, func(t *testing.T) {
				var out bytes.Buffer
				n, err := Convert(&out, rd.wrap(strings.NewReader(tt.in)), tt.maxLine)
				if err != nil {
					t.Fatalf("Convert(%q, maxLine %d) error = %v, want nil (io.EOF is the normal end, not an error)",
						tt.in, tt.maxLine, err)
				}
				want := numbered(tt.want...)
				got := records(t, out.String())
				if !slices.Equal(got, want) {
					t.Errorf("Convert(%q) wrote %+v, want %+v\nraw output: %q", tt.in, got, want, out.String())
				}
				if n != len(want) {
					t.Errorf("Convert(%q) = %d, want %d records", tt.in, n, len(want))
				}
			})
		}
	}
}

func TestLineTooLong(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		maxLine  int
		want     []string // records written before the error
		wantLine string   // the error names the line
	}{
		{"one byte over", "ok\n123456\nnever\n", 5, []string{"ok"}, "line 2"},
		{"first line", "123456\nnever\n", 5, nil, "line 1"},
		{"over, at the end without newline", "ab\ncd\n123456", 5, []string{"ab", "cd"}, "line 3"},
		{"over, with CRLF", "123456\r\n", 5, nil, "line 1"},
		{"far longer than the limit", "a\n" + strings.Repeat("x", 5000) + "\nb\n", 100,
			[]string{"a"}, "line 2"},
	}
	for _, tt := range tests {
		for _, rd := range readers {
			t.Run(tt.name+"/"+rd.name, func(t *testing.T) {
				var out bytes.Buffer
				n, err := Convert(&out, rd.wrap(strings.NewReader(tt.in)), tt.maxLine)
				if !errors.Is(err, ErrLineTooLong) {
					t.Fatalf("Convert(%.30q…, maxLine %d) error = %v, want one wrapping ErrLineTooLong",
						tt.in, tt.maxLine, err)
				}
				if !strings.Contains(err.Error(), tt.wantLine) {
					t.Errorf("error %q does not name the line: want %q in it", err, tt.wantLine)
				}
				want := numbered(tt.want...)
				if got := records(t, out.String()); !slices.Equal(got, want) {
					t.Errorf("records written before the error = %+v, want %+v", got, want)
				}
				if n != len(want) {
					t.Errorf("Convert returned %d records, want %d", n, len(want))
				}
			})
		}
	}
}

// countingReader counts the bytes Convert pulled from the source.
type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

func TestStopsReadingAfterTooLongLine(t *testing.T) {
	src := &countingReader{r: strings.NewReader(strings.Repeat("x", 1<<20) + "\n")}
	_, err := Convert(io.Discard, src, 1000)
	if !errors.Is(err, ErrLineTooLong) {
		t.Fatalf("Convert(1 MiB line, maxLine 1000) error = %v, want ErrLineTooLong", err)
	}
	if src.n > 64<<10 {
		t.Errorf("Convert read %d bytes of a 1 MiB line with maxLine 1000, want at most 65536: stream, do not read it all", src.n)
	}
}

var errDisk = errors.New("disk read failed")

func TestReadError(t *testing.T) {
	tests := []struct {
		name    string
		src     io.Reader
		wantErr error
	}{
		{"error after two lines",
			io.MultiReader(strings.NewReader("a\nb\n"), iotest.ErrReader(errDisk)), errDisk},
		{"timeout on the second read",
			iotest.TimeoutReader(strings.NewReader("a\nb\n")), iotest.ErrTimeout},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			n, err := Convert(&out, tt.src, 100)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Convert error = %v, want one wrapping %v", err, tt.wantErr)
			}
			want := numbered("a", "b")
			if got := records(t, out.String()); !slices.Equal(got, want) {
				t.Errorf("records written before the read error = %+v, want %+v", got, want)
			}
			if n != 2 {
				t.Errorf("Convert returned %d records, want 2", n)
			}
		})
	}
}

var errFull = errors.New("no space left on device")

// failingWriter accepts nothing.
type failingWriter struct{}

func (failingWriter) Write(p []byte) (int, error) { return 0, errFull }

func TestWriteError(t *testing.T) {
	for _, in := range []string{"a\nb\n", strings.Repeat("line\n", 5000)} {
		_, err := Convert(failingWriter{}, strings.NewReader(in), 100)
		if !errors.Is(err, errFull) {
			t.Errorf("Convert to a failing writer (%d bytes of input) error = %v, want one wrapping %v",
				len(in), err, errFull)
		}
	}
}
