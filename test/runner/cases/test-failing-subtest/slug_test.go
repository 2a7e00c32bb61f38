package slug

import "testing"

func TestMake(t *testing.T) {
	cases := map[string]struct{ in, want string }{
		"simple":      {"Hello World", "hello-world"},
		"spaces":      {"  many   spaces ", "many-spaces"},
		"punctuation": {"Hello, World!", "hello-world"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if got := Make(c.in); got != c.want {
				t.Errorf("Make(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestEmpty(t *testing.T) {
	if Make("") != "" {
		t.Error("Make(\"\") should be empty")
	}
}
