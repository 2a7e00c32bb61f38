module example.com/fmtx

require example.com/color v1.0.0
