package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s))

	// range over a string yields byte offsets and runes.
	for i, r := range s {
		fmt.Printf("%d:%c(%d);", i, r, utf8.RuneLen(r))
	}
	fmt.Println()

	// Indexing yields bytes.
	fmt.Println(s[1], s[2], string(s[1]))
	fmt.Printf("%q\n", s[1:3])

	runes := []rune(s)
	fmt.Println(len(runes), string(runes[7:]))
	runes[0] = 'H'
	fmt.Println(string(runes))

	// Invalid UTF-8 decodes as U+FFFD, one byte at a time.
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println(utf8.ValidString(bad), utf8.ValidString(s))

	r, size := utf8.DecodeRuneInString("€uro")
	fmt.Println(string(r), size)
	buf := utf8.AppendRune(nil, '界')
	fmt.Println(buf, len(buf))

	// string(int) converts a code point, strconv does numbers.
	fmt.Println(string(rune(65)), string(rune(0x4e16)))

	upper := 0
	for _, r := range "Hello World ÄÖ" {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	fmt.Println("upper:", upper)

	// Reverse by runes, not bytes.
	rev := []rune("añb")
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	fmt.Println(string(rev))
	fmt.Println("emoji:", len("👍"), utf8.RuneCountInString("👍🏽"))
}
