package layercheck

import (
	"slices"
	"strings"
	"testing"
)

const mod = "example.com/shop"

// p builds a Package in module mod: p("domain/order", Domain, "usecase/x")
// imports example.com/shop/usecase/x. Imports that start with "=" are used
// as written, for paths outside the module.
func p(path string, layer Layer, imports ...string) Package {
	full := make([]string, len(imports))
	for i, imp := range imports {
		if rest, ok := strings.CutPrefix(imp, "="); ok {
			full[i] = rest
		} else {
			full[i] = mod + "/" + imp
		}
	}
	return Package{Path: mod + "/" + path, Layer: layer, Imports: full}
}

func show(lines []string) string {
	if len(lines) == 0 {
		return "  (none)"
	}
	return "  " + strings.Join(lines, "\n  ")
}

func checkCase(t *testing.T, pkgs []Package, want []string) {
	t.Helper()
	got := Check(mod, pkgs)
	if len(got) == 0 && len(want) == 0 {
		return
	}
	if !slices.Equal(got, want) {
		t.Errorf("Check(%q, ...) returned\n%s\nwant\n%s", mod, show(got), show(want))
	}
}

func TestAllowedEdges(t *testing.T) {
	tests := []struct {
		name string
		pkgs []Package
	}{
		{"a clean layered service", []Package{
			p("domain/order", Domain, "=errors", "=time"),
			p("domain/money", Domain),
			p("usecase/checkout", Usecase, "domain/order", "domain/money", "=context"),
			p("adapter/postgres", Adapter, "domain/order", "=database/sql"),
			p("adapter/http", Adapter, "usecase/checkout", "domain/order", "=net/http"),
			p("cmd/server", Cmd, "adapter/http", "adapter/postgres", "usecase/checkout", "domain/money"),
		}},
		{"a layer may import its own layer", []Package{
			p("domain/order", Domain, "domain/money"),
			p("domain/money", Domain),
			p("usecase/checkout", Usecase, "usecase/pricing"),
			p("usecase/pricing", Usecase),
			p("adapter/http", Adapter, "adapter/httputil"),
			p("adapter/httputil", Adapter),
		}},
		{"imports outside the module are ignored", []Package{
			p("domain/order", Domain, "=github.com/google/uuid", "=fmt", "=example.com/shopping/adapter/x", "=example.com/sho"),
		}},
		{"an empty graph", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCase(t, tt.pkgs, nil)
		})
	}
}

func TestForbiddenEdges(t *testing.T) {
	tests := []struct {
		name string
		pkgs []Package
		want []string
	}{
		{
			"domain imports usecase",
			[]Package{p("domain/order", Domain, "usecase/checkout"), p("usecase/checkout", Usecase)},
			[]string{"forbidden: example.com/shop/domain/order (domain) imports example.com/shop/usecase/checkout (usecase)"},
		},
		{
			"domain imports adapter",
			[]Package{p("domain/order", Domain, "adapter/postgres"), p("adapter/postgres", Adapter)},
			[]string{"forbidden: example.com/shop/domain/order (domain) imports example.com/shop/adapter/postgres (adapter)"},
		},
		{
			"usecase imports adapter",
			[]Package{p("usecase/checkout", Usecase, "adapter/postgres"), p("adapter/postgres", Adapter)},
			[]string{"forbidden: example.com/shop/usecase/checkout (usecase) imports example.com/shop/adapter/postgres (adapter)"},
		},
		{
			"adapter imports cmd",
			[]Package{p("adapter/http", Adapter, "cmd/server"), p("cmd/server", Cmd)},
			[]string{"forbidden: example.com/shop/adapter/http (adapter) imports example.com/shop/cmd/server (cmd)"},
		},
		{
			"cmd imports another cmd",
			[]Package{p("cmd/server", Cmd, "cmd/worker"), p("cmd/worker", Cmd)},
			[]string{"forbidden: example.com/shop/cmd/server (cmd) imports example.com/shop/cmd/worker (cmd)"},
		},
		{
			"the module's root package is inside the module",
			[]Package{{Path: mod, Layer: Domain, Imports: []string{mod + "/adapter/http"}}, p("adapter/http", Adapter)},
			[]string{"forbidden: example.com/shop (domain) imports example.com/shop/adapter/http (adapter)"},
		},
		{
			"the same import listed twice is reported once",
			[]Package{p("domain/order", Domain, "adapter/postgres", "adapter/postgres"), p("adapter/postgres", Adapter)},
			[]string{"forbidden: example.com/shop/domain/order (domain) imports example.com/shop/adapter/postgres (adapter)"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCase(t, tt.pkgs, tt.want)
		})
	}
}

func TestCycles(t *testing.T) {
	tests := []struct {
		name string
		pkgs []Package
		want []string
	}{
		{
			"two packages import each other",
			[]Package{p("usecase/orders", Usecase, "usecase/billing"), p("usecase/billing", Usecase, "usecase/orders")},
			[]string{"cycle: example.com/shop/usecase/billing, example.com/shop/usecase/orders"},
		},
		{
			"a cycle through three packages",
			[]Package{
				p("adapter/c", Adapter, "adapter/a"),
				p("adapter/a", Adapter, "adapter/b"),
				p("adapter/b", Adapter, "adapter/c"),
			},
			[]string{"cycle: example.com/shop/adapter/a, example.com/shop/adapter/b, example.com/shop/adapter/c"},
		},
		{
			"a package that imports itself",
			[]Package{p("domain/order", Domain, "domain/order")},
			[]string{"cycle: example.com/shop/domain/order"},
		},
		{
			"a diamond is not a cycle",
			[]Package{
				p("cmd/server", Cmd, "adapter/http", "adapter/postgres"),
				p("adapter/http", Adapter, "domain/order"),
				p("adapter/postgres", Adapter, "domain/order"),
				p("domain/order", Domain),
			},
			nil,
		},
		{
			"packages that only touch a cycle are not in it",
			[]Package{
				p("cmd/server", Cmd, "usecase/orders"),
				p("usecase/orders", Usecase, "usecase/billing"),
				p("usecase/billing", Usecase, "usecase/orders", "domain/money"),
				p("domain/money", Domain),
			},
			[]string{"cycle: example.com/shop/usecase/billing, example.com/shop/usecase/orders"},
		},
		{
			"two separate cycles",
			[]Package{
				p("domain/a", Domain, "domain/b"),
				p("domain/b", Domain, "domain/a"),
				p("adapter/x", Adapter, "adapter/y"),
				p("adapter/y", Adapter, "adapter/x"),
			},
			[]string{
				"cycle: example.com/shop/adapter/x, example.com/shop/adapter/y",
				"cycle: example.com/shop/domain/a, example.com/shop/domain/b",
			},
		},
		{
			"a cycle across layers is also a forbidden edge",
			[]Package{p("domain/order", Domain, "usecase/checkout"), p("usecase/checkout", Usecase, "domain/order")},
			[]string{
				"cycle: example.com/shop/domain/order, example.com/shop/usecase/checkout",
				"forbidden: example.com/shop/domain/order (domain) imports example.com/shop/usecase/checkout (usecase)",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCase(t, tt.pkgs, tt.want)
		})
	}
}

func TestUnknownPackages(t *testing.T) {
	tests := []struct {
		name string
		pkgs []Package
		want []string
	}{
		{
			"an import of a package missing from the graph",
			[]Package{p("usecase/checkout", Usecase, "domain/orders")},
			[]string{"unknown import: example.com/shop/usecase/checkout imports example.com/shop/domain/orders"},
		},
		{
			"an import of the missing root package",
			[]Package{p("adapter/http", Adapter, "=example.com/shop")},
			[]string{"unknown import: example.com/shop/adapter/http imports example.com/shop"},
		},
		{
			"a package with an unknown layer",
			[]Package{p("util", "helpers")},
			[]string{`unknown layer: example.com/shop/util has layer "helpers"`},
		},
		{
			"a package with no layer",
			[]Package{p("misc", "")},
			[]string{`unknown layer: example.com/shop/misc has layer ""`},
		},
		{
			"edges to and from an unknown layer are not judged",
			[]Package{
				p("domain/order", Domain, "util"),
				p("util", "helpers", "adapter/http"),
				p("adapter/http", Adapter),
			},
			[]string{`unknown layer: example.com/shop/util has layer "helpers"`},
		},
		{
			"an unknown layer still takes part in cycles",
			[]Package{p("util", "helpers", "domain/order"), p("domain/order", Domain, "util")},
			[]string{
				"cycle: example.com/shop/domain/order, example.com/shop/util",
				`unknown layer: example.com/shop/util has layer "helpers"`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCase(t, tt.pkgs, tt.want)
		})
	}
}

func TestEverythingSortedOnce(t *testing.T) {
	pkgs := []Package{
		p("usecase/checkout", Usecase, "adapter/postgres", "domain/order", "domain/missing", "adapter/postgres"),
		p("cmd/server", Cmd, "adapter/postgres", "usecase/checkout"),
		p("adapter/postgres", Adapter, "domain/order", "cmd/server"),
		p("domain/order", Domain, "=fmt"),
		p("shared", "common"),
	}
	want := []string{
		"cycle: example.com/shop/adapter/postgres, example.com/shop/cmd/server, example.com/shop/usecase/checkout",
		"forbidden: example.com/shop/adapter/postgres (adapter) imports example.com/shop/cmd/server (cmd)",
		"forbidden: example.com/shop/usecase/checkout (usecase) imports example.com/shop/adapter/postgres (adapter)",
		"unknown import: example.com/shop/usecase/checkout imports example.com/shop/domain/missing",
		`unknown layer: example.com/shop/shared has layer "common"`,
	}
	t.Run("all kinds of violation in one graph", func(t *testing.T) {
		checkCase(t, pkgs, want)
	})
	t.Run("input order does not change the result", func(t *testing.T) {
		reversed := slices.Clone(pkgs)
		slices.Reverse(reversed)
		checkCase(t, reversed, want)
	})
}

func TestCheckDoesNotModifyInput(t *testing.T) {
	pkgs := []Package{
		p("usecase/checkout", Usecase, "domain/order", "adapter/postgres", "=fmt"),
		p("adapter/postgres", Adapter, "domain/order"),
		p("domain/order", Domain),
	}
	before := make([]Package, len(pkgs))
	for i, pkg := range pkgs {
		before[i] = pkg
		before[i].Imports = slices.Clone(pkg.Imports)
	}
	Check(mod, pkgs)
	for i := range pkgs {
		if pkgs[i].Path != before[i].Path || pkgs[i].Layer != before[i].Layer || !slices.Equal(pkgs[i].Imports, before[i].Imports) {
			t.Fatalf("Check changed its input: pkgs[%d] = %+v, want %+v", i, pkgs[i], before[i])
		}
	}
}
