package area

import "testing"

func TestCircle(t *testing.T) {
	got := Circle(2)
	want := "12.56636"
	if got != want {
		t.Errorf("got %v, want %v", got, want)
	}
	Square(3)
}
