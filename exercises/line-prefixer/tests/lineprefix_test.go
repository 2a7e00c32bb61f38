package lineprefix

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

func TestWrite(t *testing.T) {
	tests := []struct {
		name   string
		prefix string
		writes []string
		want   string
	}{
		{"nothing written", "> ", nil, ""},
		{"one line", "> ", []string{"hello\n"}, "> hello\n"},
		{"several lines in one write", "> ", []string{"a\nb\nc\n"}, "> a\n> b\n> c\n"},
		{"lines split across writes", "> ", []string{"hel", "lo\nwor", "ld\n"}, "> hello\n> world\n"},
		{"last line without a newline", "> ", []string{"a\nb"}, "> a\n> b"},
		{"no prefix after the final newline", "> ", []string{"a\n", "b\n"}, "> a\n> b\n"},
		{"newline in a write of its own", "> ", []string{"a", "\n", "b"}, "> a\n> b"},
		{"empty lines are prefixed too", "> ", []string{"\n\n", "x\n\n"}, "> \n> \n> x\n> \n"},
		{"empty writes change nothing", "> ", []string{"", "x", "", "\n", ""}, "> x\n"},
		{"one byte at a time", "> ", strings.Split("ab\ncd\n", ""), "> ab\n> cd\n"},
		{"carriage returns are ordinary bytes", "> ", []string{"a\r\nb\r\n"}, "> a\r\n> b\r\n"},
		{"longer prefix", "[build 42] ", []string{"compiling\nlinking", " done\n"}, "[build 42] compiling\n[build 42] linking done\n"},
		{"empty prefix passes bytes through", "", []string{"a\n", "b\nc"}, "a\nb\nc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			w := NewWriter(&buf, tt.prefix)
			for _, s := range tt.writes {
				n, err := w.Write([]byte(s))
				if err != nil {
					t.Fatalf("Write(%q) returned error %v, want nil", s, err)
				}
				if n != len(s) {
					t.Fatalf("Write(%q) = %d, want %d: n counts the bytes of p, not the bytes written downstream", s, n, len(s))
				}
			}
			if got := buf.String(); got != tt.want {
				t.Errorf("after writes %q with prefix %q:\n got %q\nwant %q", tt.writes, tt.prefix, got, tt.want)
			}
		})
	}
}

func TestPartialLinesAreNotHeldBack(t *testing.T) {
	var buf bytes.Buffer
	w := NewWriter(&buf, "> ")
	steps := []struct {
		write string
		want  string
	}{
		{"hel", "> hel"},
		{"lo\n", "> hello\n"},
		{"wor", "> hello\n> wor"},
		{"ld\n", "> hello\n> world\n"},
	}
	for _, st := range steps {
		if _, err := w.Write([]byte(st.write)); err != nil {
			t.Fatalf("Write(%q) returned error %v", st.write, err)
		}
		if got := buf.String(); got != st.want {
			t.Fatalf("after Write(%q) the underlying writer holds %q, want %q", st.write, got, st.want)
		}
	}
}

func TestCallerBufferIsNotModifiedOrRetained(t *testing.T) {
	var buf bytes.Buffer
	w := NewWriter(&buf, "> ")

	// p has spare capacity holding other data: neither p nor the bytes
	// after it may change.
	backing := []byte("one\ntwo|SPARE")
	before := string(backing)
	if _, err := w.Write(backing[:8]); err != nil {
		t.Fatalf("Write returned error %v", err)
	}
	if string(backing) != before {
		t.Fatalf("Write changed the caller's buffer: got %q, want %q", backing, before)
	}

	// The caller reuses its buffer as soon as Write returns.
	scratch := []byte("abc")
	if _, err := w.Write(scratch); err != nil {
		t.Fatalf("Write returned error %v", err)
	}
	copy(scratch, "xy\n")
	if _, err := w.Write(scratch); err != nil {
		t.Fatalf("Write returned error %v", err)
	}
	if got, want := buf.String(), "> one\n> two|abcxy\n"; got != want {
		t.Errorf("underlying writer holds %q, want %q", got, want)
	}
}

func TestWritersAreIndependent(t *testing.T) {
	var a, b bytes.Buffer
	wa, wb := NewWriter(&a, "A: "), NewWriter(&b, "B: ")
	for _, step := range []struct {
		w *Writer
		s string
	}{{wa, "x"}, {wb, "1\n"}, {wa, "y\n"}, {wb, "2"}} {
		if _, err := step.w.Write([]byte(step.s)); err != nil {
			t.Fatalf("Write(%q) returned error %v", step.s, err)
		}
	}
	if got, want := a.String(), "A: xy\n"; got != want {
		t.Errorf("first writer produced %q, want %q", got, want)
	}
	if got, want := b.String(), "B: 1\nB: 2"; got != want {
		t.Errorf("second writer produced %q, want %q", got, want)
	}
}

func TestWorksWithStandardLibraryHelpers(t *testing.T) {
	tests := []struct {
		name  string
		write func(w io.Writer) error
		want  string
	}{
		{"fmt.Fprintf", func(w io.Writer) error {
			_, err := fmt.Fprintf(w, "x=%d\ny=%d\n", 1, 2)
			return err
		}, "# x=1\n# y=2\n"},
		{"io.Copy one byte at a time", func(w io.Writer) error {
			_, err := io.Copy(w, iotest.OneByteReader(strings.NewReader("ab\ncd")))
			return err
		}, "# ab\n# cd"},
		{"io.WriteString", func(w io.Writer) error {
			_, err := io.WriteString(w, "line\n")
			return err
		}, "# line\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tt.write(NewWriter(&buf, "# ")); err != nil {
				t.Fatalf("got error %v, want nil (a wrong n makes io helpers report a short write)", err)
			}
			if got := buf.String(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

var errDiskFull = errors.New("disk full")

// limitWriter accepts the first limit bytes written to it, across all
// calls, and then fails with errDiskFull. A write that does not fit is
// accepted in part, as a real file on a full disk would.
type limitWriter struct {
	limit  int
	buf    bytes.Buffer
	failed bool
	// callsAfterFailure counts writes attempted after an error was returned.
	callsAfterFailure int
}

func (lw *limitWriter) Write(p []byte) (int, error) {
	if lw.failed {
		lw.callsAfterFailure++
	}
	room := lw.limit - lw.buf.Len()
	if len(p) <= room {
		lw.buf.Write(p)
		return len(p), nil
	}
	lw.buf.Write(p[:room])
	lw.failed = true
	return room, errDiskFull
}

func TestUnderlyingErrors(t *testing.T) {
	// With prefix "> ", the input "ab\ncd\n" becomes "> ab\n> cd\n" (10 bytes).
	const input = "ab\ncd\n"
	tests := []struct {
		name     string
		limit    int
		wantN    int
		wantOut  string
		wantFail bool
	}{
		{"fails before anything fits", 0, 0, "", true},
		{"fails inside the first prefix", 1, 0, ">", true},
		{"fails right after the first prefix", 2, 0, "> ", true},
		{"fails inside the first line", 3, 1, "> a", true},
		{"fails after the first line", 5, 3, "> ab\n", true},
		{"fails inside the second prefix", 6, 3, "> ab\n>", true},
		{"fails inside the second line", 8, 4, "> ab\n> c", true},
		{"just enough room", 10, 6, "> ab\n> cd\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lw := &limitWriter{limit: tt.limit}
			n, err := NewWriter(lw, "> ").Write([]byte(input))
			if tt.wantFail && !errors.Is(err, errDiskFull) {
				t.Errorf("Write(%q) error = %v, want the underlying writer's error %v", input, err, errDiskFull)
			}
			if !tt.wantFail && err != nil {
				t.Errorf("Write(%q) error = %v, want nil", input, err)
			}
			if n != tt.wantN {
				t.Errorf("Write(%q) n = %d, want %d: count the bytes of p that reached the writer, not prefix bytes", input, n, tt.wantN)
			}
			if got := lw.buf.String(); got != tt.wantOut {
				t.Errorf("underlying writer holds %q, want %q", got, tt.wantOut)
			}
		})
	}
}

func TestStopsAtTheFirstError(t *testing.T) {
	tests := []struct {
		name  string
		limit int
	}{
		{"error while writing a prefix", 1},
		{"error while writing a line", 3},
		{"error at the start of the second line", 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lw := &limitWriter{limit: tt.limit}
			_, err := NewWriter(lw, "> ").Write([]byte("ab\ncd\nef\n"))
			if !errors.Is(err, errDiskFull) {
				t.Fatalf("Write error = %v, want %v", err, errDiskFull)
			}
			if lw.callsAfterFailure != 0 {
				t.Errorf("Write called the underlying writer %d more times after it failed, want 0: return the error at once", lw.callsAfterFailure)
			}
		})
	}
}

// shortWriter breaks the io.Writer contract: it accepts one byte less than
// it is given and reports no error.
type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return len(p) - 1, nil
}

func TestShortWriteBecomesAnError(t *testing.T) {
	in := []byte("hello\n")
	n, err := NewWriter(shortWriter{}, "> ").Write(in)
	if !errors.Is(err, io.ErrShortWrite) {
		t.Errorf("Write(%q) to a writer that silently accepts too little: error = %v, want io.ErrShortWrite", in, err)
	}
	if n >= len(in) {
		t.Errorf("Write(%q) n = %d, want less than %d, since not every byte was written", in, n, len(in))
	}
}

var errCalledAfterShortWrite = errors.New("write called after a short write")

// quietLimitWriter accepts the first limit bytes written to it, across all
// calls, like limitWriter, but breaks the io.Writer contract when it runs out
// of room: the write that does not fit is accepted in part (perhaps 0 bytes)
// and reports no error. Any write after that one fails with
// errCalledAfterShortWrite, so a Writer that ignores the short count shows.
type quietLimitWriter struct {
	limit int
	buf   bytes.Buffer
	short bool
	// callsAfterShort counts writes attempted after the short write.
	callsAfterShort int
}

func (qw *quietLimitWriter) Write(p []byte) (int, error) {
	if qw.short {
		qw.callsAfterShort++
		return 0, errCalledAfterShortWrite
	}
	room := qw.limit - qw.buf.Len()
	if len(p) <= room {
		qw.buf.Write(p)
		return len(p), nil
	}
	qw.buf.Write(p[:room])
	qw.short = true
	return room, nil
}

func TestShortWriteAnywhere(t *testing.T) {
	// With prefix "> ", the input "ab\ncd\n" becomes "> ab\n> cd\n" (10 bytes).
	// The writer goes quiet after limit bytes, wherever that falls: in a
	// prefix, or in the body of a line.
	const input = "ab\ncd\n"
	tests := []struct {
		name    string
		limit   int
		wantN   int
		wantOut string
	}{
		{"short inside the first prefix", 1, 0, ">"},
		{"nothing of the first line fits", 2, 0, "> "},
		{"short inside the first line", 3, 1, "> a"},
		{"short just before a newline", 4, 2, "> ab"},
		{"nothing of the second prefix fits", 5, 3, "> ab\n"},
		{"short inside the second prefix", 6, 3, "> ab\n>"},
		{"short inside the second line", 8, 4, "> ab\n> c"},
		{"only the last newline is lost", 9, 5, "> ab\n> cd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qw := &quietLimitWriter{limit: tt.limit}
			n, err := NewWriter(qw, "> ").Write([]byte(input))
			if !errors.Is(err, io.ErrShortWrite) {
				t.Errorf("Write(%q) to a writer that silently accepts too little: error = %v, want io.ErrShortWrite", input, err)
			}
			if n != tt.wantN {
				t.Errorf("Write(%q) n = %d, want %d: count the bytes of p that reached the writer, not prefix bytes", input, n, tt.wantN)
			}
			if got := qw.buf.String(); got != tt.wantOut {
				t.Errorf("underlying writer holds %q, want %q", got, tt.wantOut)
			}
			if qw.callsAfterShort != 0 {
				t.Errorf("Write called the underlying writer %d more times after a short write, want 0: a short write is a failure, stop at once", qw.callsAfterShort)
			}
		})
	}
	t.Run("enough room", func(t *testing.T) {
		qw := &quietLimitWriter{limit: 10}
		n, err := NewWriter(qw, "> ").Write([]byte(input))
		if err != nil || n != len(input) {
			t.Errorf("Write(%q) = %d, %v; want %d, nil", input, n, err, len(input))
		}
	})
}
