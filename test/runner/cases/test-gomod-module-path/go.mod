module github.com/learner/wallet

go 1.24
