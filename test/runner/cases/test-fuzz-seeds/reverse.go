// Package reverse reverses strings.
package reverse

// Bytes reverses s byte by byte. Bug: that breaks multi-byte runes.
func Bytes(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}
