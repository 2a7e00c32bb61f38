package reload

import (
	"errors"
	"fmt"
	"maps"
	"sync"
	"testing"
	"time"
)

func cfg(version int, limits map[string]int) *Config {
	return &Config{Version: version, Limits: limits}
}

// within runs f in a goroutine and fails the test if it has not returned
// after two seconds: a call that must not wait would otherwise hang.
func within(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
		t.Fatalf("%s blocked for 2s while a slow fetch was running; it must not wait for it", what)
	}
}

func TestCurrentReturnsTheInitialConfig(t *testing.T) {
	initial := cfg(1, map[string]int{"free": 10})
	if got := New(initial).Current(); got != initial {
		t.Errorf("Current() = %+v, want the config passed to New (%+v)", got, initial)
	}
}

func TestReload(t *testing.T) {
	boom := errors.New("config server: 503")
	tests := []struct {
		name        string
		fetched     *Config
		err         error
		wantOK      bool
		wantVersion int
	}{
		{"newer is published", cfg(2, map[string]int{"free": 20}), nil, true, 2},
		{"nothing newer", nil, nil, false, 1},
		{"same version is not published", cfg(1, map[string]int{"free": 99}), nil, false, 1},
		{"older version is not published", cfg(0, nil), nil, false, 1},
		{"error is returned, nothing published", cfg(5, nil), boom, false, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New(cfg(1, map[string]int{"free": 10}))
			var have []int
			ok, err := s.Reload(func(h int) (*Config, error) {
				have = append(have, h)
				return tt.fetched, tt.err
			})
			if !errors.Is(err, tt.err) {
				t.Errorf("Reload error = %v, want %v", err, tt.err)
			}
			if ok != tt.wantOK {
				t.Errorf("Reload published = %v, want %v", ok, tt.wantOK)
			}
			if fmt.Sprint(have) != "[1]" {
				t.Errorf("fetch called with %v, want [1] (once, with the current version)", have)
			}
			if got := s.Current().Version; got != tt.wantVersion {
				t.Errorf("after Reload, Current().Version = %d, want %d", got, tt.wantVersion)
			}
		})
	}
}

func TestSetLimitPublishesACopy(t *testing.T) {
	s := New(cfg(1, map[string]int{"free": 10, "pro": 100}))
	snap := s.Current() // a request in flight holds this snapshot
	s.SetLimit("free", 20)
	if snap.Version != 1 || !maps.Equal(snap.Limits, map[string]int{"free": 10, "pro": 100}) {
		t.Errorf("a snapshot taken before SetLimit changed to %+v; published configs must never be modified", snap)
	}
	got := s.Current()
	want := map[string]int{"free": 20, "pro": 100}
	if got.Version != 2 || !maps.Equal(got.Limits, want) {
		t.Errorf("after SetLimit, Current() = %+v, want version 2 with %v", got, want)
	}
}

func TestSetLimitOnAConfigWithoutLimits(t *testing.T) {
	s := New(cfg(7, nil))
	s.SetLimit("free", 5)
	got := s.Current()
	if got.Version != 8 || !maps.Equal(got.Limits, map[string]int{"free": 5}) {
		t.Errorf("Current() = %+v, want version 8 with map[free:5]", got)
	}
}

// A slow reload started at version 1 fetches version 2, while a fast one
// publishes version 3. The slow one must not roll the service back.
func TestSlowReloadNeverOverwritesANewerConfig(t *testing.T) {
	s := New(cfg(1, map[string]int{"free": 10}))
	entered := make(chan struct{})
	release := make(chan struct{})
	var once sync.Once
	defer once.Do(func() { close(release) })

	type result struct {
		ok  bool
		err error
	}
	slow := make(chan result, 1)
	go func() {
		ok, err := s.Reload(func(int) (*Config, error) {
			close(entered)
			<-release
			return cfg(2, map[string]int{"free": 20}), nil
		})
		slow <- result{ok, err}
	}()
	<-entered // the slow fetch is now running

	within(t, "Current", func() { s.Current() })
	var fastOK bool
	within(t, "a second Reload", func() {
		fastOK, _ = s.Reload(func(int) (*Config, error) {
			return cfg(3, map[string]int{"free": 30}), nil
		})
	})
	if !fastOK {
		t.Fatalf("the fast Reload of version 3 was not published")
	}
	once.Do(func() { close(release) })
	r := <-slow
	if r.ok || r.err != nil {
		t.Errorf("slow Reload = %v, %v; want false, nil (version 2 is older than the published 3)", r.ok, r.err)
	}
	if got := s.Current().Version; got != 3 {
		t.Errorf("Current().Version = %d, want 3: the slow reload rolled the config back", got)
	}
}

// A slow reload started at version 1 fetches version 5, while SetLimit
// publishes version 2. Version 5 is still newer than what is published
// when the slow reload finishes, so it must be published.
func TestSlowReloadPublishesAConfigThatIsStillNewer(t *testing.T) {
	s := New(cfg(1, map[string]int{"free": 10}))
	entered := make(chan struct{})
	release := make(chan struct{})
	var once sync.Once
	defer once.Do(func() { close(release) })

	type result struct {
		ok  bool
		err error
	}
	slow := make(chan result, 1)
	fetched := cfg(5, map[string]int{"free": 50})
	go func() {
		ok, err := s.Reload(func(int) (*Config, error) {
			close(entered)
			<-release
			return fetched, nil
		})
		slow <- result{ok, err}
	}()
	<-entered // the slow fetch is now running

	within(t, "SetLimit", func() { s.SetLimit("pro", 100) })
	once.Do(func() { close(release) })
	r := <-slow
	if !r.ok || r.err != nil {
		t.Errorf("slow Reload = %v, %v; want true, nil (version 5 is newer than the published 2)", r.ok, r.err)
	}
	if got := s.Current(); got != fetched {
		t.Errorf("Current() = %+v, want the fetched version 5: compare with what is published when you publish, and retry if it changed", got)
	}
}

// Readers, reloads and limit changes at the same time. Under go test -race
// any unsynchronised access fails this test; on one thread it checks that
// no change is lost.
func TestConcurrentReadersAndWriters(t *testing.T) {
	s := New(cfg(1, map[string]int{"free": 10}))
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			c := s.Current()
			for plan, limit := range c.Limits {
				_ = plan
				_ = limit
			}
		})
		wg.Go(func() { s.SetLimit(fmt.Sprintf("plan%d", i), i) })
	}
	wg.Go(func() {
		s.Reload(func(int) (*Config, error) { return nil, nil })
	})
	wg.Wait()
	got := s.Current()
	if got.Version != 9 || len(got.Limits) != 9 {
		t.Errorf("after 8 concurrent SetLimit calls, Current() has version %d and %d limits, want 9 and 9",
			got.Version, len(got.Limits))
	}
}
