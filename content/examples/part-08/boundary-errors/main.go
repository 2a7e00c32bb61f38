// Command boundary-errors compiles fine: it imports vault, and vault may
// import its own internal/secret package. The packages under testdata/ are
// deliberately broken, and this example shows what the go command says
// when you build them.
package main

import (
	"fmt"

	"gomastery/examples/part-08/boundary-errors/vault"
)

func main() {
	var v vault.Vault
	v.Put("payments", "demo-key-7f3a9c")
	masked, _ := v.Masked("payments")
	fmt.Println(masked)
}
