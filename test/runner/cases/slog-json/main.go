package main

import (
	"context"
	"log/slog"
	"os"
)

type User struct {
	ID    int
	Email string
}

// LogValue hides the email.
func (u User) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("id", u.ID), slog.String("email", "***"))
}

func main() {
	h := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		AddSource: false,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			switch a.Key {
			case slog.TimeKey:
				if len(groups) == 0 {
					return slog.Attr{}
				}
			case slog.LevelKey:
				a.Value = slog.StringValue(a.Value.String() + "!")
			}
			return a
		},
	})
	log := slog.New(h)
	log.Info("hello", "count", 3, "ratio", 0.5, "ok", true, "nothing", nil)
	log.Warn("user", "user", User{ID: 7, Email: "a@b.c"})
	log.With("svc", "api").WithGroup("req").Error("boom", "path", "/x", "code", 500)
	log.InfoContext(context.Background(), "nested", slog.Group("outer", slog.Group("inner", "k", "v")))
	log.Info("special", "quote", `say "hi"`, "tab", "a\tb", "html", "<tag>")

	slog.SetDefault(log)
	slog.Info("via default logger", "n", 1)
}
