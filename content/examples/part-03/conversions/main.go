// Command conversions shows that Go never converts between types on its
// own, and what the explicit conversion T(x) does to the value.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	// Mixing types needs an explicit conversion, even int and int64.
	var count int = 3
	var total int64 = 10
	fmt.Println("total + count:", total+int64(count))

	// Integer to a smaller integer keeps the low bits: values wrap.
	big := 300
	fmt.Println("int8(300), uint8(300):", int8(big), uint8(big))
	neg := -1
	fmt.Println("uint8(-1), uint32(-1):", uint8(neg), uint32(neg))

	// Integer arithmetic wraps silently at run time, too.
	var level uint8 = 0
	level--
	fmt.Println("uint8 0 minus 1:", level)

	// Float to integer truncates toward zero; it does not round.
	f := -3.9
	fmt.Println("int(3.9), int(-3.9):", int(-f), int(f))

	// Integer to float may lose precision above 2^53.
	n := int64(1<<53 + 1)
	fmt.Println("int64 → float64 → int64:", n, int64(float64(n)))

	// Strings and numbers: use strconv. string(rune(65)) is the character
	// with code point 65, not "65"; go vet rejects string(n) for an int n
	// because it is almost always a mistake.
	fmt.Printf("strconv.Itoa(65) = %q, string(rune(65)) = %q\n", strconv.Itoa(65), string(rune(65)))

	// Strings, bytes and runes convert into each other; each conversion
	// to or from a slice copies the data.
	s := "héllo"
	bs := []byte(s)
	rs := []rune(s)
	bs[0] = 'j'
	fmt.Println("bytes:", len(bs), "runes:", len(rs))
	fmt.Println("original:", s, "modified copy:", string(bs))
}
