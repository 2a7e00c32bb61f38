package mvs

import (
	"reflect"
	"runtime/debug"
	"strings"
	"testing"
)

// mod parses "path@version", or a bare path for the main module.
func mod(s string) Module {
	path, version, _ := strings.Cut(s, "@")
	return Module{Path: path, Version: version}
}

// mods parses a space-separated list of modules.
func mods(s string) []Module {
	list := []Module{}
	for _, f := range strings.Fields(s) {
		list = append(list, mod(f))
	}
	return list
}

// graph builds a requirement map from "module" -> "requirement ..." lines.
func graph(edges map[string]string) map[Module][]Module {
	reqs := make(map[Module][]Module, len(edges))
	for m, required := range edges {
		reqs[mod(m)] = mods(required)
	}
	return reqs
}

// reversed returns a copy of reqs with every requirement list in reverse
// order. The build list must not depend on the order requirements are listed
// in, so each graph is walked both ways.
func reversed(reqs map[Module][]Module) map[Module][]Module {
	out := make(map[Module][]Module, len(reqs))
	for m, required := range reqs {
		r := make([]Module, len(required))
		for i, x := range required {
			r[len(required)-1-i] = x
		}
		out[m] = r
	}
	return out
}

// orders lists the two ways each test graph is handed to BuildList.
var orders = []struct {
	name  string
	apply func(map[Module][]Module) map[Module][]Module
}{
	{"as listed", func(r map[Module][]Module) map[Module][]Module { return r }},
	{"reversed", reversed},
}

func TestCompare(t *testing.T) {
	// Each pair is (lower, higher).
	ordered := []struct {
		name          string
		lower, higher string
	}{
		{"patch compares as a number", "v1.2.9", "v1.2.10"},
		{"minor compares as a number", "v1.9.0", "v1.10.0"},
		{"major wins over minor and patch", "v1.99.99", "v2.0.0"},
		{"v0 before v1", "v0.9.9", "v1.0.0"},
		{"pre-release before its release", "v1.0.0-rc.1", "v1.0.0"},
		{"pre-release of a higher version after a lower release", "v1.0.0", "v1.0.1-rc.1"},
		{"numeric pre-release identifiers compare as numbers", "v1.0.0-rc.2", "v1.0.0-rc.10"},
		{"alphanumeric identifiers compare as text", "v1.0.0-alpha", "v1.0.0-beta"},
		{"more identifiers win when the rest are equal", "v1.0.0-alpha", "v1.0.0-alpha.1"},
		{"numeric identifier before alphanumeric", "v1.0.0-alpha.1", "v1.0.0-alpha.beta"},
		{"numeric identifier before alphanumeric at the start", "v1.0.0-1", "v1.0.0-alpha"},
		{"pseudo-versions order by time", "v0.0.0-20230101000000-aaaaaaaaaaaa", "v0.0.0-20240101000000-000000000000"},
		{"pseudo-version before the first release", "v0.0.0-20240101000000-abcdef123456", "v0.1.0"},
	}
	for _, tt := range ordered {
		t.Run(tt.name, func(t *testing.T) {
			if got := Compare(tt.lower, tt.higher); got != -1 {
				t.Errorf("Compare(%q, %q) = %d, want -1", tt.lower, tt.higher, got)
			}
			if got := Compare(tt.higher, tt.lower); got != +1 {
				t.Errorf("Compare(%q, %q) = %d, want +1", tt.higher, tt.lower, got)
			}
		})
	}

	for _, v := range []string{"v1.2.3", "v1.10.0", "v1.0.0-rc.1", "v0.0.0-20240101000000-abcdef123456"} {
		t.Run("equal "+v, func(t *testing.T) {
			if got := Compare(v, v); got != 0 {
				t.Errorf("Compare(%q, %q) = %d, want 0", v, v, got)
			}
		})
	}
}

func TestBuildList(t *testing.T) {
	tests := []struct {
		name  string
		reqs  map[string]string
		want  string
		about string // what a failure usually means
	}{
		{
			name: "no dependencies",
			reqs: map[string]string{"app": ""},
			want: "app",
		},
		{
			name: "direct requirements, main first, then sorted by path",
			reqs: map[string]string{
				"app":      "c@v1.0.0 a@v1.1.0 b@v0.3.0",
				"a@v1.1.0": "", "b@v0.3.0": "", "c@v1.0.0": "",
			},
			want:  "app a@v1.1.0 b@v0.3.0 c@v1.0.0",
			about: "the main module comes first; the rest are sorted by path",
		},
		{
			name: "diamond selects the higher requirement",
			reqs: map[string]string{
				"app":      "a@v1.0.0 b@v1.0.0",
				"a@v1.0.0": "c@v1.1.0",
				"b@v1.0.0": "c@v1.3.0",
				"c@v1.1.0": "", "c@v1.3.0": "",
			},
			want: "app a@v1.0.0 b@v1.0.0 c@v1.3.0",
		},
		{
			name: "upgrade pulled in through another dependency",
			reqs: map[string]string{
				"app":      "a@v1.0.0 b@v1.0.0",
				"a@v1.0.0": "",
				"b@v1.0.0": "a@v1.2.0",
				"a@v1.2.0": "d@v1.0.0",
				"d@v1.0.0": "",
			},
			want:  "app a@v1.2.0 b@v1.0.0 d@v1.0.0",
			about: "visit each module version, not each module path: a@v1.2.0 has requirements of its own",
		},
		{
			name: "requirements of a version that is not selected still count",
			reqs: map[string]string{
				"app":          "log@v1.2.0 http@v1.4.0",
				"log@v1.2.0":   "fmtx@v1.9.0",
				"http@v1.4.0":  "fmtx@v1.10.0",
				"fmtx@v1.9.0":  "color@v1.0.0",
				"fmtx@v1.10.0": "",
				"color@v1.0.0": "",
			},
			want:  "app color@v1.0.0 fmtx@v1.10.0 http@v1.4.0 log@v1.2.0",
			about: "every reachable version contributes requirements, even one that loses to a higher version",
		},
		{
			name: "a lower version found after a higher one is selected is still read",
			reqs: map[string]string{
				"app":      "a@v1.2.0 b@v1.0.0",
				"a@v1.2.0": "",
				"b@v1.0.0": "a@v1.0.0",
				"a@v1.0.0": "c@v1.0.0",
				"c@v1.0.0": "",
			},
			want:  "app a@v1.2.0 b@v1.0.0 c@v1.0.0",
			about: "a@v1.0.0 is reachable, so its requirements count although a@v1.2.0 was already selected when the walk reached it",
		},
		{
			name: "diamond with several paths to the same versions",
			reqs: map[string]string{
				"app":      "a@v1.0.0 b@v1.0.0 c@v1.0.0",
				"a@v1.0.0": "d@v1.0.0",
				"b@v1.0.0": "d@v1.0.0 e@v1.1.0",
				"c@v1.0.0": "d@v1.1.0 e@v1.0.0",
				"d@v1.0.0": "e@v1.2.0",
				"d@v1.1.0": "",
				"e@v1.0.0": "", "e@v1.1.0": "", "e@v1.2.0": "",
			},
			want:  "app a@v1.0.0 b@v1.0.0 c@v1.0.0 d@v1.1.0 e@v1.2.0",
			about: "e@v1.2.0 is required only by d@v1.0.0, which loses to d@v1.1.0 but is still reachable",
		},
		{
			name: "an upgrade found deep in the graph after the lower version was read",
			reqs: map[string]string{
				"app":      "a@v1.0.0 z@v1.0.0",
				"a@v1.0.0": "b@v1.0.0",
				"b@v1.0.0": "c@v1.0.0",
				"c@v1.0.0": "",
				"z@v1.0.0": "y@v1.0.0",
				"y@v1.0.0": "b@v1.1.0",
				"b@v1.1.0": "c@v1.1.0",
				"c@v1.1.0": "",
			},
			want: "app a@v1.0.0 b@v1.1.0 c@v1.1.0 y@v1.0.0 z@v1.0.0",
		},
		{
			name: "newer versions nobody requires are ignored",
			reqs: map[string]string{
				"app":      "a@v1.1.0",
				"a@v1.1.0": "b@v1.0.0",
				"a@v1.5.0": "b@v2.0.0 e@v1.0.0",
				"b@v1.0.0": "",
				"b@v2.0.0": "",
				"e@v1.0.0": "",
			},
			want:  "app a@v1.1.0 b@v1.0.0",
			about: "MVS uses the minimum that satisfies the requirements, never the newest version that exists",
		},
		{
			name: "v1.10.0 is newer than v1.9.0 (higher seen last)",
			reqs: map[string]string{
				"app":       "a@v1.9.0 b@v1.0.0",
				"b@v1.0.0":  "a@v1.10.0",
				"a@v1.9.0":  "",
				"a@v1.10.0": "",
			},
			want:  "app a@v1.10.0 b@v1.0.0",
			about: "versions are compared number by number, not as strings",
		},
		{
			name: "v1.10.0 is newer than v1.9.0 (higher seen first)",
			reqs: map[string]string{
				"app":       "a@v1.10.0 b@v1.0.0",
				"b@v1.0.0":  "a@v1.9.0",
				"a@v1.9.0":  "",
				"a@v1.10.0": "",
			},
			want:  "app a@v1.10.0 b@v1.0.0",
			about: "versions are compared number by number, not as strings",
		},
		{
			name: "release beats its pre-release",
			reqs: map[string]string{
				"app":           "a@v2.0.0-rc.1 b@v1.0.0",
				"b@v1.0.0":      "a@v2.0.0",
				"a@v2.0.0-rc.1": "",
				"a@v2.0.0":      "",
			},
			want: "app a@v2.0.0 b@v1.0.0",
		},
		{
			name: "a dependency that requires the main module back",
			reqs: map[string]string{
				"app":      "a@v1.0.0",
				"a@v1.0.0": "app@v1.5.0",
			},
			want:  "app a@v1.0.0",
			about: "the main module is always selected as itself; requirements on its path are ignored",
		},
	}
	for _, tt := range tests {
		for _, order := range orders {
			t.Run(tt.name+"/"+order.name, func(t *testing.T) {
				got, err := BuildList(mod("app"), order.apply(graph(tt.reqs)))
				if err != nil {
					t.Fatalf("BuildList returned error %v, want the build list %v", err, mods(tt.want))
				}
				if want := mods(tt.want); !reflect.DeepEqual(got, want) {
					t.Errorf("BuildList(app), requirement lists %s\n got %v\nwant %v", order.name, got, want)
					if tt.about != "" {
						t.Logf("hint: %s", tt.about)
					}
				}
			})
		}
	}
}

func TestBuildListMissingRequirements(t *testing.T) {
	tests := []struct {
		name    string
		reqs    map[string]string
		missing string
	}{
		{
			name:    "main module not listed",
			reqs:    map[string]string{"a@v1.0.0": ""},
			missing: "app",
		},
		{
			name: "dependency not listed",
			reqs: map[string]string{
				"app":      "a@v1.0.0",
				"a@v1.0.0": "b@v1.1.0",
			},
			missing: "b@v1.1.0",
		},
		{
			name: "version that is not selected is still read",
			reqs: map[string]string{
				"app":      "a@v1.0.0 b@v1.0.0",
				"b@v1.0.0": "a@v1.2.0",
				"a@v1.2.0": "",
			},
			missing: "a@v1.0.0",
		},
		{
			name: "lower version found after the higher one is still read",
			reqs: map[string]string{
				"app":      "a@v1.2.0 b@v1.0.0",
				"a@v1.2.0": "",
				"b@v1.0.0": "a@v1.0.0",
			},
			missing: "a@v1.0.0",
		},
	}
	for _, tt := range tests {
		for _, order := range orders {
			t.Run(tt.name+"/"+order.name, func(t *testing.T) {
				got, err := BuildList(mod("app"), order.apply(graph(tt.reqs)))
				if err == nil {
					t.Fatalf("BuildList = %v, nil; want an error naming %s", got, tt.missing)
				}
				if !strings.Contains(err.Error(), tt.missing) {
					t.Errorf("BuildList error = %q, want it to name the missing module %s", err, tt.missing)
				}
				if got != nil {
					t.Errorf("BuildList returned %v with its error, want nil", got)
				}
			})
		}
	}
}

func TestBuildListLeavesInputAlone(t *testing.T) {
	edges := map[string]string{
		"app":      "c@v1.0.0 b@v1.0.0 a@v1.0.0",
		"a@v1.0.0": "c@v1.2.0",
		"b@v1.0.0": "", "c@v1.0.0": "", "c@v1.2.0": "",
	}
	reqs := graph(edges)
	if _, err := BuildList(mod("app"), reqs); err != nil {
		t.Fatalf("BuildList returned error %v, want nil", err)
	}
	if want := graph(edges); !reflect.DeepEqual(reqs, want) {
		t.Errorf("BuildList modified its reqs argument:\n got %v\nwant %v", reqs, want)
	}
}

func TestBuildListCycles(t *testing.T) {
	// Module graphs may contain cycles. A walk that does not remember what it
	// has visited never ends; a small stack limit turns endless recursion
	// into a quick crash instead of a long wait.
	defer debug.SetMaxStack(debug.SetMaxStack(8 << 20))

	tests := []struct {
		name string
		reqs map[string]string
		want string
	}{
		{
			name: "two modules require each other",
			reqs: map[string]string{
				"app":      "a@v1.0.0",
				"a@v1.0.0": "b@v1.0.0",
				"b@v1.0.0": "a@v1.0.0",
			},
			want: "app a@v1.0.0 b@v1.0.0",
		},
		{
			name: "a cycle that raises a version on the way round",
			reqs: map[string]string{
				"app":      "a@v1.0.0",
				"a@v1.0.0": "b@v1.0.0",
				"b@v1.0.0": "a@v1.1.0",
				"a@v1.1.0": "b@v1.0.0",
			},
			want: "app a@v1.1.0 b@v1.0.0",
		},
	}
	for _, tt := range tests {
		for _, order := range orders {
			t.Run(tt.name+"/"+order.name, func(t *testing.T) {
				got, err := BuildList(mod("app"), order.apply(graph(tt.reqs)))
				if err != nil {
					t.Fatalf("BuildList returned error %v, want the build list %v", err, mods(tt.want))
				}
				if want := mods(tt.want); !reflect.DeepEqual(got, want) {
					t.Errorf("BuildList(app), requirement lists %s\n got %v\nwant %v", order.name, got, want)
				}
			})
		}
	}
}
