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

// parked lists "function [state]" for every other goroutine running code
// of package main, once none of them is runnable any more.
func parked() []string {
	for deadline := time.Now().Add(time.Second); ; time.Sleep(time.Millisecond) {
		buf := make([]byte, 1<<16)
		dump := string(buf[:runtime.Stack(buf, true)])
		var out []string
		busy := false
		for _, g := range strings.Split(dump, "\n\n")[1:] { // [0] is this one
			header, frame, _ := strings.Cut(g, "\n") // goroutine 7 [chan send]:
			if !strings.HasPrefix(frame, "main.") {
				continue
			}
			state := header[strings.Index(header, "["):]
			busy = busy || !strings.HasPrefix(state, "[chan")
			out = append(out, frame[:strings.Index(frame, "(")]+" "+strings.TrimSuffix(state, ":"))
		}
		if !busy || time.Now().After(deadline) {
			slices.Sort(out)
			return out
		}
	}
}

func main() {
	before := runtime.NumGoroutine()
	fmt.Println("got an answer:", first(0, "r1", "r2", "r3") != "")
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
