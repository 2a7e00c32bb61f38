package price

import "testing"

func TestDiscount(t *testing.T) {
	tests := []struct{ cents, percent, want int }{
		{1000, 10, 900},
		{1000, 150, 0},
	}
	for _, tt := range tests {
		if got := Discount(tt.cents, tt.percent); got != tt.want {
			t.Errorf("Discount(%d, %d) = %d, want %d",
				tt.cents, tt.percent, got, tt.want)
		}
	}
	// Every statement ran, yet Discount(1000, -50) returns 1500.
}
