// Command panics turns panics into errors at a boundary, one goroutine at a time.
package main

import (
	"errors"
	"fmt"
	"regexp"
	"runtime"
	"sync"
)

// safely runs fn and converts a panic into an error. recover works only
// when called directly by a deferred function, in the panicking goroutine.
func safely(name string, fn func()) (err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case error:
			err = fmt.Errorf("%s: panic: %w", name, r)
		default:
			err = fmt.Errorf("%s: panic: %v", name, r)
		}
	}()
	fn()
	return nil
}

func main() {
	var ids []int // a bug: nobody checked the length
	err := safely("index", func() { _ = ids[3] })
	_, isRuntime := errors.AsType[runtime.Error](err)
	fmt.Println(err, "| runtime.Error:", isRuntime)

	// Must functions panic by design, for patterns fixed in the program.
	fmt.Println(safely("must", func() { regexp.MustCompile("a(b") }))
	_, err = regexp.Compile("a(b") // for input: an error, not a panic
	fmt.Println("Compile returns:", err)

	err = safely("nil", func() { panic(nil) }) // Go 1.21 and later
	_, isPanicNil := errors.AsType[*runtime.PanicNilError](err)
	fmt.Println(err, "| *runtime.PanicNilError:", isPanicNil)

	// A recover in main cannot catch a panic in another goroutine: each
	// goroutine converts its own panic and reports it as a value.
	jobs := []func(){func() {}, func() { panic("job 1: impossible state") }, func() {}}
	errs := make([]error, len(jobs))
	var wg sync.WaitGroup
	for i, job := range jobs {
		wg.Go(func() { errs[i] = safely(fmt.Sprint("job ", i), job) })
	}
	wg.Wait()
	fmt.Println("joined:", errors.Join(errs...))
}
