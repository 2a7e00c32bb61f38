package main

import (
	"errors"
	"fmt"
)

// safeDivide turns a runtime panic into an error through a named result.
func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func deferOrder() {
	for i := range 3 {
		defer fmt.Println("defer", i)
	}
	fmt.Println("body done")
}

type myErr struct{ code int }

func (e myErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func mustPositive(n int) int {
	if n < 0 {
		panic(myErr{n})
	}
	return n
}

func tryIt(f func()) (err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case error:
			err = r
		default:
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	fmt.Println(safeDivide(10, 2))
	fmt.Println(safeDivide(1, 0))
	deferOrder()

	err := tryIt(func() { mustPositive(-4) })
	var me myErr
	fmt.Println(err, errors.As(err, &me), me.code)
	fmt.Println(tryIt(func() { panic("plain string") }))
	fmt.Println(tryIt(func() {}))
	fmt.Println(tryIt(func() {
		var m map[string]int
		m["x"] = 1
	}))
	fmt.Println(tryIt(func() {
		s := []int{1}
		i := 5
		_ = s[i]
	}))

	// recover only works in a deferred call of the panicking goroutine's frame chain.
	fmt.Println("recover outside panic:", recover())

	// Re-panic is reported after the deferred call chain.
	func() {
		defer func() {
			r := recover()
			fmt.Println("outer recovered:", r)
		}()
		func() {
			defer func() {
				r := recover()
				panic(fmt.Sprintf("re-panic(%v)", r))
			}()
			panic("first")
		}()
	}()
	fmt.Println("still running")
}
