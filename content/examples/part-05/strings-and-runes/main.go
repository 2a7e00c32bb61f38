// Command strings-and-runes shows that a string is a sequence of bytes,
// usually UTF-8, and how indexing, len and for range treat those bytes.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"

	// len counts bytes; é takes 2 bytes and each CJK character takes 3.
	fmt.Println("len:", len(s), "runes:", utf8.RuneCountInString(s))

	// Indexing yields a byte, not a character.
	fmt.Printf("s[1] = %d (%#x), half of é\n", s[1], s[1])

	// Slicing is by byte offset too; s[:2] cuts é in half.
	fmt.Printf("s[:2] = %q, valid UTF-8: %t\n", s[:2], utf8.ValidString(s[:2]))

	// for range decodes one rune per iteration; i is its byte offset.
	for i, r := range s {
		fmt.Printf("%2d %q %U width %d\n", i, r, r, utf8.RuneLen(r))
	}

	// Converting to []rune decodes everything and allocates; []byte copies.
	runes := []rune(s)
	fmt.Println("[]rune:", len(runes), "elements; runes[1] =", string(runes[1]))
	b := []byte(s)
	b[0] = 'H'
	fmt.Println("[]byte copy changed:", string(b[:6]), "original:", s[:6])

	// Invalid UTF-8 decodes as U+FFFD, one byte at a time.
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Printf("bad[%d] %q %U\n", i, r, r)
	}
	fmt.Println("bad has", len(bad), "bytes,", utf8.RuneCountInString(bad), "runes")

	// One visible character can be several runes: e + combining accent.
	combined := "e\u0301"
	fmt.Printf("%s is %d runes and %d bytes\n", combined, utf8.RuneCountInString(combined), len(combined))
}
