package config

import (
	"fmt"
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	fmt.Println("setup: loading fixtures")
	Set("env", "test")
	code := m.Run()
	fmt.Println("teardown: exit code", code)
	os.Exit(code)
}

func TestEnv(t *testing.T) {
	if got := Get("env"); got != "test" {
		t.Errorf(`Get("env") = %q, want "test"`, got)
	}
}

func TestMissing(t *testing.T) {
	if got := Get("nope"); got != "" {
		t.Errorf(`Get("nope") = %q, want ""`, got)
	}
}
