package greeting

import "testing"

func TestGreeterZeroValue(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"plain name", "Ada", "Hello, Ada!"},
		{"surrounding blanks trimmed", "  Grace\t", "Hello, Grace!"},
		{"inner blanks collapsed", "Ken   Thompson", "Hello, Ken Thompson!"},
		{"inner tabs and newlines become one space", "Grace\t\n Hopper", "Hello, Grace Hopper!"},
		{"empty name greets the world", "", "Hello, world!"},
		{"blank name greets the world", " \t\n ", "Hello, world!"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var g Greeter
			if got := g.Greet(tt.in); got != tt.want {
				t.Errorf("var g Greeter; g.Greet(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if g != (Greeter{}) {
				t.Errorf("g.Greet(%q) changed the Greeter to %+v; it must stay the zero value", tt.in, g)
			}
		})
	}
}

func TestGreeterCustomFields(t *testing.T) {
	tests := []struct {
		name string
		g    Greeter
		in   string
		want string
	}{
		{"custom salutation", Greeter{Salutation: "Hi"}, "Ada", "Hi, Ada!"},
		{"custom punctuation", Greeter{Punctuation: "."}, "Ada", "Hello, Ada."},
		{"both fields", Greeter{Salutation: "Welcome back", Punctuation: "!!"}, " Rob ", "Welcome back, Rob!!"},
		{"custom fields with blank name", Greeter{Salutation: "Good morning"}, "", "Good morning, world!"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.g.Greet(tt.in); got != tt.want {
				t.Errorf("%#v.Greet(%q) = %q, want %q", tt.g, tt.in, got, tt.want)
			}
		})
	}
}

func TestGreetAll(t *testing.T) {
	tests := []struct {
		name  string
		g     Greeter
		names []string
		want  string
	}{
		{"no names", Greeter{}, nil, "Hello, world!"},
		{"only blank names", Greeter{}, []string{"", "  "}, "Hello, world!"},
		{"one name", Greeter{}, []string{"Ada"}, "Hello, Ada!"},
		{"two names", Greeter{}, []string{"Ada", "Ken"}, "Hello, Ada and Ken!"},
		{"three names", Greeter{}, []string{"Ada", "Grace", "Ken"}, "Hello, Ada, Grace and Ken!"},
		{"blank names skipped and others cleaned", Greeter{}, []string{" Ada ", "", "Rob  Pike"}, "Hello, Ada and Rob Pike!"},
		{"whitespace-only names skipped", Greeter{}, []string{"Ada", "   ", "\t\n", "Ken"}, "Hello, Ada and Ken!"},
		{"one name left after skipping", Greeter{}, []string{"  ", "Ada", ""}, "Hello, Ada!"},
		{"two names left after skipping", Greeter{}, []string{"Ada", " ", "Ken", ""}, "Hello, Ada and Ken!"},
		{"only a whitespace-only name", Greeter{}, []string{" \t "}, "Hello, world!"},
		{"custom fields", Greeter{Salutation: "Hi", Punctuation: "."}, []string{"Ada", "Ken"}, "Hi, Ada and Ken."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.g.GreetAll(tt.names...); got != tt.want {
				t.Errorf("%#v.GreetAll(%q) = %q, want %q", tt.g, tt.names, got, tt.want)
			}
		})
	}
}

func TestGreetAllDoesNotModifyInput(t *testing.T) {
	names := []string{" Ada ", "", "Ken"}
	var g Greeter
	g.GreetAll(names...)
	want := []string{" Ada ", "", "Ken"}
	for i := range want {
		if names[i] != want[i] {
			t.Fatalf("GreetAll changed its input: names = %q, want %q", names, want)
		}
	}
}

func TestPackageGreet(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"plain name", "Ada", "Hello, Ada!"},
		{"messy blanks", "  Barbara   Liskov ", "Hello, Barbara Liskov!"},
		{"empty name", "", "Hello, world!"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Greet(tt.in); got != tt.want {
				t.Errorf("Greet(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
