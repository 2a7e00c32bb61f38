// Command panics shows where panics come from, how recover turns one into an
// error at a boundary, and why each goroutine needs its own recover.
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
		r := recover()
		if r == nil {
			return
		}
		if e, ok := r.(error); ok {
			err = fmt.Errorf("%s: panic: %w", name, e)
			return
		}
		err = fmt.Errorf("%s: panic: %v", name, r)
	}()
	fn()
	return nil
}

func main() {
	// A bug: the runtime panics with a runtime.Error.
	err := safely("index", func() {
		var ids []int
		fmt.Println(ids[3])
	})
	_, isRuntime := errors.AsType[runtime.Error](err)
	fmt.Println(err, "| runtime.Error:", isRuntime)

	// Must* functions panic by design: the pattern is a constant in the
	// program, so a bad one is a bug. Input from users goes to Compile.
	fmt.Println(safely("must", func() { regexp.MustCompile("a(b") }))
	_, err = regexp.Compile("a(b")
	fmt.Println("Compile returns:", err)

	// Since Go 1.21, panic(nil) is recovered as a *runtime.PanicNilError.
	err = safely("nil", func() { panic(nil) })
	_, isPanicNil := errors.AsType[*runtime.PanicNilError](err)
	fmt.Println(err, "| *runtime.PanicNilError:", isPanicNil)

	// A deferred recover in main cannot catch a panic in another goroutine:
	// each goroutine converts its own panic and reports it as a value.
	jobs := []func(){
		func() {},
		func() { panic("job 1 hit an impossible state") },
		func() {},
	}
	errs := make([]error, len(jobs))
	var wg sync.WaitGroup
	for i, job := range jobs {
		wg.Go(func() { errs[i] = safely(fmt.Sprintf("job %d", i), job) })
	}
	wg.Wait()
	fmt.Println("joined:", errors.Join(errs...))
}
