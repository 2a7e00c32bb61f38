// Command app is the main module of a small requirement graph. It imports
// nothing: the point of this example is the module graph in go.mod, which
// `go list -m all` resolves with minimal version selection.
//
// The graph (each arrow is a require line in a go.mod):
//
//	app ──> log v1.2.0 ──> fmtx v1.9.0 ──> color v1.0.0
//	 └────> http v1.4.0 ─> fmtx v1.10.0
//
//	log v1.4.0 ──> fmtx v1.11.0, color v1.2.0   (published, but nobody requires it)
//
// Expected build list: color v1.0.0, fmtx v1.10.0, http v1.4.0, log v1.2.0.
package main

func main() {}
