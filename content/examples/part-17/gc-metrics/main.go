// Command gc-metrics reads GC settings and counters through runtime/metrics,
// and changes GOGC and the memory limit from code.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
)

var samples = []metrics.Sample{
	{Name: "/gc/gogc:percent"},
	{Name: "/gc/gomemlimit:bytes"},
	{Name: "/gc/cycles/forced:gc-cycles"},
	{Name: "/sched/goroutines:goroutines"},
}

func read() (gogc, limit, forced, goroutines uint64) {
	metrics.Read(samples) // fills in samples[i].Value, reusing the slice
	return samples[0].Value.Uint64(), samples[1].Value.Uint64(),
		samples[2].Value.Uint64(), samples[3].Value.Uint64()
}

func main() {
	gogc, limit, forced, _ := read()
	fmt.Println("GOGC:", gogc)
	fmt.Println("memory limit is unset (MaxInt64):", limit == 1<<63-1)

	for range 3 {
		runtime.GC() // blocks until a full cycle has finished
	}
	_, _, after, _ := read()
	fmt.Println("forced cycles added:", after-forced)

	old := debug.SetGCPercent(50)   // what GOGC=50 would set
	debug.SetMemoryLimit(256 << 20) // what GOMEMLIMIT=256MiB would set
	gogc, limit, _, _ = read()
	fmt.Println("GOGC was", old, "now", gogc)
	fmt.Println("memory limit in MiB:", limit>>20)

	block := make(chan struct{})
	for range 5 {
		go func() { <-block }()
	}
	_, _, _, g := read()
	// NumGoroutine leaves out the runtime's own goroutines; the metric
	// counts them too.
	fmt.Println("NumGoroutine:", runtime.NumGoroutine())
	fmt.Println("metric counts more:", g > uint64(runtime.NumGoroutine()))
	close(block)

	allocs := testing.AllocsPerRun(100, func() { read() })
	fmt.Println("allocations per metrics.Read:", allocs)
}
