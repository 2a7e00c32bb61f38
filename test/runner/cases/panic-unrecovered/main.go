package main

import "fmt"

type Account struct{ Balance int }

func (a *Account) Withdraw(n int) {
	if n > a.Balance {
		panic(fmt.Sprintf("insufficient funds: have %d, need %d", a.Balance, n))
	}
	a.Balance -= n
}

func main() {
	defer fmt.Println("deferred calls still run")
	acct := &Account{Balance: 10}
	acct.Withdraw(3)
	fmt.Println("balance", acct.Balance)
	acct.Withdraw(50)
	fmt.Println("unreachable")
}
