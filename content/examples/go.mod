module gomastery/examples

go 1.26
