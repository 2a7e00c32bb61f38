// Which comparison a test uses decides which differences it can see.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"reflect"
	"slices"
)

type point struct{ X, Y int }

func main() {
	var none []string // nil
	empty := []string{}
	fmt.Println("slices.Equal(nil, empty):", slices.Equal(none, empty))
	fmt.Println("reflect.DeepEqual(nil, empty):",
		reflect.DeepEqual(none, empty))
	fmt.Printf("%%q prints %q and %q; %%#v prints %#v and %#v\n",
		none, empty, none, empty)

	got := []point{{1, 2}, {3, 4}}
	want := []point{{1, 2}, {3, 5}}
	fmt.Println("same length:", len(got) == len(want),
		"| slices.Equal:", slices.Equal(got, want))
	fmt.Printf("%%v hides field names: %v; %%+v shows them: %+v\n",
		got[1], got[1])

	err := fmt.Errorf("load config: %w", fs.ErrNotExist)
	fmt.Println("err == fs.ErrNotExist:", err == fs.ErrNotExist,
		"| errors.Is:", errors.Is(err, fs.ErrNotExist))
}
