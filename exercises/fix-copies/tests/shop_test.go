package shop

import (
	"errors"
	"maps"
	"reflect"
	"slices"
	"testing"
)

func TestCounterInc(t *testing.T) {
	tests := []struct {
		name string
		incs int
		want int
	}{
		{"zero value", 0, 0},
		{"one call", 1, 1},
		{"three calls", 3, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c Counter
			for range tt.incs {
				c.Inc()
			}
			if got := c.Value(); got != tt.want {
				t.Errorf("after %d calls to c.Inc(), c.Value() = %d, want %d", tt.incs, got, tt.want)
			}
		})
	}
}

func TestCounterCopiesAreIndependent(t *testing.T) {
	var c Counter
	c.Inc()
	d := c // a Counter is a value: d starts at 1 and then goes its own way
	d.Inc()
	d.Inc()
	if got, want := c.Value(), 1; got != want {
		t.Errorf("c.Value() = %d, want %d (changing the copy d must not change c)", got, want)
	}
	if got, want := d.Value(), 3; got != want {
		t.Errorf("d.Value() = %d, want %d", got, want)
	}
}

func TestIncAll(t *testing.T) {
	tests := []struct {
		name   string
		starts []int
	}{
		{"no counters", nil},
		{"one counter", []int{0}},
		{"several counters", []int{0, 2, 5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			counters := make([]Counter, len(tt.starts))
			for i, start := range tt.starts {
				for range start {
					counters[i].Inc()
				}
			}
			IncAll(counters)
			for i, start := range tt.starts {
				if got, want := counters[i].Value(), start+1; got != want {
					t.Errorf("after IncAll, counters[%d].Value() = %d, want %d", i, got, want)
				}
			}
		})
	}
}

// op is one call on an Account: Deposit or Withdraw of cents.
type op struct {
	method  string
	cents   int64
	wantErr error // for Withdraw
}

func TestAccount(t *testing.T) {
	tests := []struct {
		name string
		ops  []op
		want int64
	}{
		{"zero value", nil, 0},
		{"one deposit", []op{{"Deposit", 100, nil}}, 100},
		{"deposits add up", []op{{"Deposit", 100, nil}, {"Deposit", 250, nil}}, 350},
		{"deposit then withdraw", []op{{"Deposit", 100, nil}, {"Withdraw", 30, nil}}, 70},
		{"withdraw everything", []op{{"Deposit", 100, nil}, {"Withdraw", 100, nil}}, 0},
		{"withdraw too much", []op{{"Deposit", 50, nil}, {"Withdraw", 80, ErrInsufficientFunds}}, 50},
		{"withdraw from an empty account", []op{{"Withdraw", 1, ErrInsufficientFunds}}, 0},
		{"a refused withdrawal changes nothing", []op{{"Deposit", 40, nil}, {"Withdraw", 50, ErrInsufficientFunds}, {"Withdraw", 40, nil}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var a Account
			for _, o := range tt.ops {
				switch o.method {
				case "Deposit":
					a.Deposit(o.cents)
				case "Withdraw":
					if err := a.Withdraw(o.cents); !errors.Is(err, o.wantErr) {
						t.Fatalf("Withdraw(%d) with balance %d returned %v, want %v", o.cents, a.Balance(), err, o.wantErr)
					}
				}
			}
			if got := a.Balance(); got != tt.want {
				t.Errorf("after %v, Balance() = %d, want %d", tt.ops, got, tt.want)
			}
		})
	}
}

func TestAccountCopiesAreIndependent(t *testing.T) {
	var a Account
	a.Deposit(100)
	b := a
	b.Deposit(50)
	if got, want := a.Balance(), int64(100); got != want {
		t.Errorf("a.Balance() = %d, want %d (depositing into the copy b must not change a)", got, want)
	}
	if got, want := b.Balance(), int64(150); got != want {
		t.Errorf("b.Balance() = %d, want %d", got, want)
	}
}

// account returns an Account of owner holding cents, built through the
// exported API only.
func account(owner string, cents int64) Account {
	a := Account{Owner: owner}
	a.Deposit(cents)
	return a
}

// balances turns a map of accounts into a map of balances, for comparison.
func balances(accounts map[string]Account) map[string]int64 {
	out := make(map[string]int64, len(accounts))
	for owner, a := range accounts {
		out[owner] = a.Balance()
	}
	return out
}

func TestCredit(t *testing.T) {
	tests := []struct {
		name   string
		owner  string
		cents  int64
		wantOK bool
		want   map[string]int64
	}{
		{"existing account", "ada", 25, true, map[string]int64{"ada": 125, "ken": 0}},
		{"account at zero", "ken", 40, true, map[string]int64{"ada": 100, "ken": 40}},
		{"missing account is not created", "rob", 10, false, map[string]int64{"ada": 100, "ken": 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			accounts := map[string]Account{
				"ada": account("ada", 100),
				"ken": account("ken", 0),
			}
			if ok := Credit(accounts, tt.owner, tt.cents); ok != tt.wantOK {
				t.Errorf("Credit(accounts, %q, %d) = %t, want %t", tt.owner, tt.cents, ok, tt.wantOK)
			}
			if got := balances(accounts); !maps.Equal(got, tt.want) {
				t.Errorf("after Credit(accounts, %q, %d), balances = %v, want %v", tt.owner, tt.cents, got, tt.want)
			}
		})
	}
}

func TestChargeFees(t *testing.T) {
	tests := []struct {
		name        string
		start       map[string]int64
		fee         int64
		wantCharged int
		want        map[string]int64
	}{
		{"no accounts", map[string]int64{}, 5, 0, map[string]int64{}},
		{"everyone can pay", map[string]int64{"ada": 100, "ken": 5}, 5, 2, map[string]int64{"ada": 95, "ken": 0}},
		{"some cannot pay", map[string]int64{"ada": 100, "ken": 4, "rob": 0}, 5, 1, map[string]int64{"ada": 95, "ken": 4, "rob": 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			accounts := make(map[string]Account, len(tt.start))
			for owner, b := range tt.start {
				accounts[owner] = account(owner, b)
			}
			if got := ChargeFees(accounts, tt.fee); got != tt.wantCharged {
				t.Errorf("ChargeFees(%v, %d) = %d, want %d", tt.start, tt.fee, got, tt.wantCharged)
			}
			if got := balances(accounts); !maps.Equal(got, tt.want) {
				t.Errorf("after ChargeFees(%v, %d), balances = %v, want %v", tt.start, tt.fee, got, tt.want)
			}
		})
	}
}

func TestRestock(t *testing.T) {
	tests := []struct {
		name  string
		items []Item
		n     int
		want  []Item
	}{
		{"no items", nil, 5, nil},
		{"one item", []Item{{"A-1", 0}}, 5, []Item{{"A-1", 5}}},
		{"several items", []Item{{"A-1", 1}, {"B-2", 10}, {"C-3", 0}}, 3, []Item{{"A-1", 4}, {"B-2", 13}, {"C-3", 3}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := slices.Clone(tt.items)
			Restock(items, tt.n)
			if !slices.Equal(items, tt.want) {
				t.Errorf("Restock(%v, %d) left %v, want %v", tt.items, tt.n, items, tt.want)
			}
		})
	}
}

func TestLog(t *testing.T) {
	tests := []struct {
		name string
		add  []string
		want []string
	}{
		{"zero value", []string{"started"}, []string{"started"}},
		{"several messages keep their order", []string{"a", "b", "c"}, []string{"a", "b", "c"}},
		// After a few appends the slice has spare capacity: append then
		// writes into the same array without reallocating, yet a copied
		// slice header still loses the new length.
		{"a log that already holds messages", []string{"a", "b", "c", "d", "e"}, []string{"a", "b", "c", "d", "e"}},
		{"nothing added", nil, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var l Log
			for _, msg := range tt.add {
				l.Add(msg)
			}
			if got := l.Lines(); !slices.Equal(got, tt.want) {
				t.Errorf("after adding %q, Lines() = %q, want %q", tt.add, got, tt.want)
			}
		})
	}
}

func TestLinesReturnsACopy(t *testing.T) {
	var l Log
	l.Add("first")
	l.Add("second")
	got := l.Lines()
	got[0] = "changed by the caller"
	if got, want := l.Lines(), []string{"first", "second"}; !slices.Equal(got, want) {
		t.Errorf("after the caller changed the slice Lines returned, Lines() = %q, want %q (return a copy)", got, want)
	}
}

func TestReceiversAreConsistent(t *testing.T) {
	tests := []struct {
		name    string
		value   reflect.Type
		pointer reflect.Type
	}{
		{"Counter", reflect.TypeFor[Counter](), reflect.TypeFor[*Counter]()},
		{"Account", reflect.TypeFor[Account](), reflect.TypeFor[*Account]()},
		{"Log", reflect.TypeFor[Log](), reflect.TypeFor[*Log]()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The method set of the value type holds exactly the methods
			// with value receivers; the pointer type has all of them.
			var valueMethods []string
			for i := range tt.value.NumMethod() {
				valueMethods = append(valueMethods, tt.value.Method(i).Name)
			}
			if len(valueMethods) > 0 {
				t.Errorf("%s has value-receiver methods %v, want none: once a method of %s needs a pointer receiver, give the others pointer receivers too", tt.name, valueMethods, tt.name)
			}
			if tt.pointer.NumMethod() == 0 {
				t.Errorf("%s has no pointer-receiver methods, want all its methods on %s", tt.pointer, tt.pointer)
			}
		})
	}
}
