module example.com/log

require example.com/fmtx v1.9.0
