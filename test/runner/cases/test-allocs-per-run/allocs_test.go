package allocs

import "testing"

var (
	str   string
	ints  []int
	ptr   *point
	total int
	m     map[int]int
	big   = 1000
)

func TestAllocsPerRun(t *testing.T) {
	cases := []struct {
		name string
		f    func()
	}{
		{"Box(7)", func() { Box(7) }},
		{"Box(1000)", func() { Box(1000) }},
		{"Box(big)", func() { Box(big) }},
		{"Concat", func() { str = Concat(str[:0]+"ab", "cd") }},
		{"Itoa(42)", func() { str = Itoa(42) }},
		{"Itoa(123456)", func() { str = Itoa(123456) }},
		{"Sprintf", func() { str = Sprintf(42) }},
		{"Grow(100)", func() { ints = Grow(100) }},
		{"Prealloc(100)", func() { ints = Prealloc(100) }},
		{"Escape", func() { ptr = Escape() }},
		{"NoEscape", func() { total += NoEscape() }},
		{"Upper(ABC)", func() { str = Upper("ABC") }},
		{"Upper(abc)", func() { str = Upper("abc") }},
		{"MapInsert(10)", func() { m = MapInsert(10) }},
		{"MapInsert(100)", func() { m = MapInsert(100) }},
		{"Closure", func() { total += Closure() }},
	}
	for _, c := range cases {
		t.Logf("%-15s %v allocs", c.name, testing.AllocsPerRun(100, c.f))
	}
}
