package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := range 3 {
		fmt.Fprintf(&sb, "line %d\n", i)
	}
	sb.WriteString("end")
	sb.WriteByte('!')
	sb.WriteRune('✓')
	fmt.Println(sb.String())
	fmt.Println(sb.Len())

	fmt.Println(strings.Fields("  a  b\tc\n"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a=b=c", "=", 2))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Repeat("ab", 3), strings.ToUpper("straße"), strings.ToLower("ÀB"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Println(strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.IndexRune("chicken", 'k'))
	fmt.Println(strings.TrimSpace("  \t hi \n"), strings.Trim("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Println(strings.ReplaceAll("oink oink", "k", "ky"), strings.Replace("aaaa", "a", "b", 2))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, "banana"))
	var lines []string
	for line := range strings.Lines("one\ntwo\n") {
		lines = append(lines, line)
	}
	fmt.Printf("%q\n", lines)
	for part := range strings.SplitSeq("a|b|c", "|") {
		fmt.Print(part, ";")
	}
	fmt.Println()

	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String(), buf.Len())
	word, _ := buf.ReadString(' ')
	fmt.Printf("%q %q\n", word, buf.String())

	b := []byte("Gopher")
	fmt.Println(bytes.ToUpper(b), string(bytes.ToUpper(b)))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Contains(b, []byte("ph")))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
}
