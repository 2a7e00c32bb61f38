package parse

import (
	"math"
	"strings"
	"testing"
)

func FuzzParse(f *testing.F) {
	f.Add("a=1")
	f.Fuzz(func(t *testing.T, s string) {
		k, v, err := Pair(s)
		if err != nil {
			t.Logf("%q: %v", s, err)
			return
		}
		if k+"="+v != s {
			t.Errorf("Pair(%q) = %q, %q: does not join back", s, k, v)
		}
		if strings.Contains(k, " ") {
			t.Errorf("Pair(%q): key %q has a space", s, k)
		}
	})
}

// Every type a corpus file can hold, read from one file.
func FuzzTypes(f *testing.F) {
	f.Fuzz(func(t *testing.T, b []byte, s string, i int, i8 int8, i16 int16, i32 int32, i64 int64,
		u uint, u8 uint8, u16 uint16, u32 uint32, u64 uint64, f32 float32, f64 float64, r rune, by byte, ok bool, nan float64, bits float32) {
		t.Logf("%q %q %d %d %d %d %d", b, s, i, i8, i16, i32, i64)
		t.Logf("%d %d %d %d %d", u, u8, u16, u32, u64)
		t.Logf("%v %v %q %q %v %v %#x", f32, f64, r, by, ok, math.IsNaN(nan), math.Float32bits(bits))
	})
}
