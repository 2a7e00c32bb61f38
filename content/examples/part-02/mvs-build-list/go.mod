module example.com/app

go 1.26

require (
	example.com/http v1.4.0
	example.com/log v1.2.0
)

// Each module version lives in a local folder holding only its go.mod, so
// the go command can walk the requirement graph without a network.
replace (
	example.com/color v1.0.0 => ./mods/color-v1.0.0
	example.com/fmtx v1.9.0 => ./mods/fmtx-v1.9.0
	example.com/fmtx v1.10.0 => ./mods/fmtx-v1.10.0
	example.com/http v1.4.0 => ./mods/http-v1.4.0
	example.com/log v1.2.0 => ./mods/log-v1.2.0
	example.com/log v1.4.0 => ./mods/log-v1.4.0
)
