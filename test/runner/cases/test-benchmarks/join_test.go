package join

import (
	"strconv"
	"testing"
)

func TestSame(t *testing.T) {
	if Naive(3) != Builder(3) {
		t.Fatalf("Naive(3) = %q, Builder(3) = %q", Naive(3), Builder(3))
	}
}

// b.Loop (Go 1.24): setup before the loop is not timed, the function runs once.
func BenchmarkNaiveLoop(b *testing.B) {
	n := 8
	for b.Loop() {
		Naive(n)
	}
}

// The classic b.N loop, with b.ReportAllocs.
func BenchmarkBuilderN(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Builder(8)
	}
}

func BenchmarkSizes(b *testing.B) {
	for _, n := range []int{1, 64} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				Builder(n)
			}
		})
	}
}

func BenchmarkCustomMetric(b *testing.B) {
	calls := 0
	for b.Loop() {
		calls++
	}
	b.ReportMetric(float64(calls)/float64(b.N), "calls/op")
}

func BenchmarkBroken(b *testing.B) {
	b.Fatal("this benchmark fails")
}

func BenchmarkSkipped(b *testing.B) {
	b.Skip("not in this run")
}
