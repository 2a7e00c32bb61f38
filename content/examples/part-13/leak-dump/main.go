// Command leak-dump asks three replicas, keeps the first answer, and reads
// a goroutine dump to see what the two slower replicas are left doing.
package main

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"time"
)

// first returns the first answer. With buffer 0, the two losers block
// forever on their send: nobody will ever receive it.
func first(buffer int, replicas ...string) string {
	answers := make(chan string, buffer)
	for _, r := range replicas {
		go func() { answers <- "answer from " + r }()
	}
	return <-answers
}

// parked lists "function [state]" for each other goroutine in package main,
// once none of them is still runnable.
func parked() []string {
	for deadline := time.Now().Add(time.Second); ; time.Sleep(time.Millisecond) {
		buf := make([]byte, 1<<16)
		var out []string
		busy := false
		for _, g := range strings.Split(string(buf[:runtime.Stack(buf, true)]), "\n\n")[1:] {
			header, frame, _ := strings.Cut(g, "\n") // "goroutine 7 [chan send]:"
			if fn, _, _ := strings.Cut(frame, "("); strings.HasPrefix(fn, "main.") {
				state := header[strings.Index(header, "[") : len(header)-1]
				busy = busy || !strings.HasPrefix(state, "[chan")
				out = append(out, fn+" "+state)
			}
		}
		if !busy || time.Now().After(deadline) {
			slices.Sort(out)
			return out
		}
	}
}

func main() {
	before := runtime.NumGoroutine()
	first(0, "r1", "r2", "r3")
	left := parked()
	fmt.Println("unbuffered: goroutines left:", runtime.NumGoroutine()-before)
	for _, g := range left {
		fmt.Println("  ", g)
	}

	before = runtime.NumGoroutine()
	first(3, "r1", "r2", "r3") // room for every answer: nobody blocks
	parked()
	fmt.Println("buffered(3): goroutines left:", runtime.NumGoroutine()-before)
}
