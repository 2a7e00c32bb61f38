module example.com/fmtx
