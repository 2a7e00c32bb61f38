module example.com/http

require example.com/fmtx v1.10.0
