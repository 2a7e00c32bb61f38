package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	// Since Go 1.22 each iteration has its own i.
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i })
	}
	for _, f := range funcs {
		fmt.Print(f(), ";")
	}
	fmt.Println()

	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] != ptrs[1])

	// Goroutines capture their own copy of the loop variable.
	var mu sync.Mutex
	var wg sync.WaitGroup
	var got []string
	for _, name := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			got = append(got, name)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(got)
	fmt.Println(got)

	// Changing i inside the body affects only the current iteration's copy
	// until the post statement copies it forward.
	var seen []int
	for i := 0; i < 5; i++ {
		if i == 1 {
			i += 2
		}
		seen = append(seen, i)
	}
	fmt.Println(seen)
}
