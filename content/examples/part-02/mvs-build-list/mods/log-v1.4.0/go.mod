module example.com/log

require (
	example.com/color v1.2.0
	example.com/fmtx v1.11.0
)
