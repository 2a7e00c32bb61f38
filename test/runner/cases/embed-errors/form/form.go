package form

import (
	"embed"
	"fmt"
)

//go:embed ../assets
var assets embed.FS

func Print() { fmt.Println(assets) }
