package signup

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

var valid = Request{Email: "ada@example.com", Username: "ada_l", Age: 36, Password: "correct horse"}

// with returns a copy of valid with one change applied.
func with(change func(*Request)) Request {
	r := valid
	change(&r)
	return r
}

// want is a field and rule, compared by value.
type want struct{ field, rule string }

func describe(fes []*FieldError) []want {
	var out []want
	for _, fe := range fes {
		if fe == nil {
			out = append(out, want{"<nil *FieldError>", ""})
			continue
		}
		out = append(out, want{fe.Field, fe.Rule})
	}
	return out
}

func TestValidateAcceptsValidRequests(t *testing.T) {
	tests := []struct {
		name string
		req  Request
	}{
		{"typical", valid},
		{"shortest username and password, youngest age", Request{Email: "a@b", Username: "abc", Age: 13, Password: "12345678"}},
		{"longest username, oldest age", with(func(r *Request) { r.Username = strings.Repeat("z", 20); r.Age = 150 })},
		{"digits and underscore in username", with(func(r *Request) { r.Username = "user_2024" })},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := Validate(tt.req); err != nil {
				t.Fatalf("Validate(%+v) = %v (dynamic type %T), want nil", tt.req, err, err)
			}
		})
	}
}

func TestValidateReportsEveryInvalidField(t *testing.T) {
	tests := []struct {
		name string
		req  Request
		want []want
	}{
		{"empty request", Request{}, []want{{"email", "required"}, {"username", "required"}, {"age", "range"}, {"password", "length"}}},
		{"email without @", with(func(r *Request) { r.Email = "ada.example.com" }), []want{{"email", "format"}}},
		{"email without local part", with(func(r *Request) { r.Email = "@example.com" }), []want{{"email", "format"}}},
		{"email without domain", with(func(r *Request) { r.Email = "ada@" }), []want{{"email", "format"}}},
		{"email with two @", with(func(r *Request) { r.Email = "ada@lovelace@example.com" }), []want{{"email", "format"}}},
		{"username too short", with(func(r *Request) { r.Username = "ab" }), []want{{"username", "length"}}},
		{"username too long", with(func(r *Request) { r.Username = strings.Repeat("z", 21) }), []want{{"username", "length"}}},
		{"username with upper case", with(func(r *Request) { r.Username = "Ada" }), []want{{"username", "charset"}}},
		{"username with a dash", with(func(r *Request) { r.Username = "ada-l" }), []want{{"username", "charset"}}},
		{"age too young", with(func(r *Request) { r.Age = 12 }), []want{{"age", "range"}}},
		{"age too old", with(func(r *Request) { r.Age = 151 }), []want{{"age", "range"}}},
		{"password too short", with(func(r *Request) { r.Password = "1234567" }), []want{{"password", "length"}}},
		{"email and password, in field order", with(func(r *Request) { r.Password = "short"; r.Email = "nope" }), []want{{"email", "format"}, {"password", "length"}}},
		{"username and age", with(func(r *Request) { r.Username = "x"; r.Age = 200 }), []want{{"username", "length"}, {"age", "range"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Validate(tt.req)
			if err == nil {
				t.Fatalf("Validate(%+v) = nil, want field errors %v", tt.req, tt.want)
			}
			if got := describe(FieldErrors(err)); fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("FieldErrors(Validate(%+v)) = %v, want %v", tt.req, got, tt.want)
			}

			var lines []string
			for _, w := range tt.want {
				lines = append(lines, w.field+": "+w.rule)
			}
			if got, wantMsg := err.Error(), strings.Join(lines, "\n"); got != wantMsg {
				t.Errorf("Validate(%+v).Error() = %q, want %q", tt.req, got, wantMsg)
			}

			if !errors.Is(err, ErrInvalid) {
				t.Errorf("errors.Is(Validate(%+v), ErrInvalid) = false, want true", tt.req)
			}

			first := tt.want[0]
			fe, ok := errors.AsType[*FieldError](err)
			if !ok {
				t.Fatalf("errors.AsType[*FieldError](%q) found nothing; the tree must hold *FieldError values", err)
			}
			if fe.Field != first.field || fe.Rule != first.rule {
				t.Errorf("errors.AsType[*FieldError] = %v, want the first invalid field %v", want{fe.Field, fe.Rule}, first)
			}
			var target *FieldError
			if !errors.As(err, &target) || target.Field != first.field {
				t.Errorf("errors.As(err, &target) with target *FieldError: found %v, want %v", target, first)
			}

			// A caller adding context with %w must not hide anything.
			wrapped := fmt.Errorf("create account: %w", err)
			if got := describe(FieldErrors(wrapped)); fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("FieldErrors(fmt.Errorf(\"create account: %%w\", err)) = %v, want %v", got, tt.want)
			}
			if !errors.Is(wrapped, ErrInvalid) {
				t.Errorf("errors.Is(wrapped, ErrInvalid) = false, want true")
			}
		})
	}
}

func TestFieldErrorsWalksTheWholeTree(t *testing.T) {
	a := &FieldError{Field: "email", Rule: "format"}
	b := &FieldError{Field: "age", Rule: "range"}
	c := &FieldError{Field: "password", Rule: "length"}
	tests := []struct {
		name string
		err  error
		want []*FieldError
	}{
		{"nil", nil, nil},
		{"no field errors", fmt.Errorf("decode: %w", io.ErrUnexpectedEOF), nil},
		{"one field error, bare", a, []*FieldError{a}},
		{"one field error, wrapped twice", fmt.Errorf("handler: %w", fmt.Errorf("validate: %w", a)), []*FieldError{a}},
		{"several %w in one Errorf", fmt.Errorf("%w; %w", a, b), []*FieldError{a, b}},
		{"joins nested in joins, mixed with other errors", errors.Join(a, errors.New("audit: skipped"), fmt.Errorf("profile: %w", errors.Join(b, c))), []*FieldError{a, b, c}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := FieldErrors(tt.err)
			if len(got) != len(tt.want) {
				t.Fatalf("FieldErrors(%q) = %v, want %v", fmt.Sprint(tt.err), describe(got), describe(tt.want))
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("FieldErrors(%q)[%d] = %p %v, want the same pointer as %p %v", fmt.Sprint(tt.err), i, got[i], describe(got[i:i+1]), tt.want[i], describe(tt.want[i:i+1]))
				}
			}
		})
	}
}

func TestFieldErrorMatchesOnlyErrInvalid(t *testing.T) {
	fe := &FieldError{Field: "email", Rule: "required"}
	if got, want := fe.Error(), "email: required"; got != want {
		t.Errorf("FieldError.Error() = %q, want %q", got, want)
	}
	tests := []struct {
		name   string
		target error
		want   bool
	}{
		{"ErrInvalid", ErrInvalid, true},
		{"another error with the same text", errors.New(ErrInvalid.Error()), false},
		{"io.EOF", io.EOF, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := errors.Is(fe, tt.target); got != tt.want {
				t.Errorf("errors.Is(%v, %v) = %t, want %t", fe, tt.target, got, tt.want)
			}
		})
	}
}
