package main

import "embed"

// A directory with nothing but hidden files embeds nothing.
//
//go:embed assets
var assets embed.FS
