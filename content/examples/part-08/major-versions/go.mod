// This example is its own module, so that it can require two major
// versions of one library and point both at local directories.
module example.com/shop

go 1.26

require (
	example.com/greet v1.4.0
	example.com/greet/v2 v2.1.0
)

replace (
	example.com/greet => ./modules/greet
	example.com/greet/v2 => ./modules/greet/v2
)
