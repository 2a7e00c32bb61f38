package main

import "fmt"

type Point struct {
	X, Y  int
	Label string
}

func main() {
	p := Point{X: 1, Y: -2, Label: "origin"}
	fmt.Printf("%%v:  %v\n", p)
	fmt.Printf("%%+v: %+v\n", p)
	fmt.Printf("%%#v: %#v\n", p)
	fmt.Printf("%%T:  %T\n", p)
	fmt.Printf("%%v ptr: %v\n", &p)
	fmt.Printf("%%q:  %q %q\n", "tab\there", 'G')
	fmt.Printf("%%x:  %x %X %x\n", 255, "Go", []byte{1, 171})
	fmt.Printf("%%08.3f: %08.3f\n", 3.14159)
	fmt.Printf("width:     [%6d] [%-6d] [%06d]\n", 42, 42, -42)
	fmt.Printf("precision: [%.2f] [%8.2f] [%-8.2f] [%.3s]\n", 2.0/3, 2.0/3, 2.0/3, "golang")
	fmt.Printf("star:      [%*d] [%.*f]\n", 5, 7, 1, 9.96)
	fmt.Printf("%%t %%c %%U: %t %c %U\n", true, 'é', 'é')
	fmt.Printf("%%e %%g:   %e %g %g\n", 123456.789, 1e21, 0.000001)
	fmt.Printf("%%b %%o %%O: %b %o %O\n", 5, 8, 8)
	fmt.Printf("%%p nil: %p\n", (*int)(nil))
	fmt.Printf("%%T:  %T %T %T %T\n", []string{}, map[string]int{}, (*Point)(nil), fmt.Println)
	// go vet rejects the next three calls; they show how fmt marks its own errors.
	fmt.Printf("bad:  %d %!\n", "str")
	fmt.Printf("extra: %d\n", 1, 2)
	fmt.Printf("missing: %d %d\n", 1)
	s := fmt.Sprintf("%5.1f|%-5s|%5s|", 3.14159, "ab", "cd")
	fmt.Println(s, len(s))
}
