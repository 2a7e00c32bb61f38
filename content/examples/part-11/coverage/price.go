// Package price applies discounts.
package price

// Discount returns cents reduced by percent, and never below zero: a
// percent above 100 counts as 100.
func Discount(cents, percent int) int {
	if percent > 100 {
		percent = 100
	}
	return cents - cents*percent/100
}
