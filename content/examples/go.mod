module gomastery/examples

go 1.26.0

require (
	github.com/go-chi/chi/v5 v5.5.0
	github.com/ncruces/go-sqlite3 v0.37.0
	golang.org/x/sync v0.25.0
	golang.org/x/time v0.16.0
)

require (
	github.com/ncruces/go-sqlite3-wasm/v6 v6.7.35401 // indirect
	github.com/ncruces/julianday v1.0.0 // indirect
	golang.org/x/sys v0.50.0 // indirect
)
