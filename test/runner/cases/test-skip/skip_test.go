package skip

import (
	"runtime"
	"testing"
)

func TestDouble(t *testing.T) {
	if Double(21) != 42 {
		t.Error("Double(21) != 42")
	}
}

func TestNeedsDatabase(t *testing.T) {
	t.Skip("no database in this environment")
	t.Error("not reached")
}

func TestSkipf(t *testing.T) {
	t.Skipf("skipping on %s", "purpose")
}

func TestSubSkip(t *testing.T) {
	t.Run("runs", func(t *testing.T) {})
	t.Run("skipped", func(t *testing.T) { t.SkipNow() })
}

func TestPlatformSpecific(t *testing.T) {
	if runtime.GOOS == "plan9" {
		t.Skip("not on plan9")
	}
}
