package main

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"time"
)

func main() {
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		Level: slog.LevelDebug,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{} // drop the time so output is stable
			}
			return a
		},
	})
	logger := slog.New(h)
	logger.Info("server started", "port", 8080, "tls", false)
	logger.Debug("cache warm", slog.Int("entries", 42), slog.Duration("took", 1500*time.Millisecond))
	logger.Warn("slow request", "path", "/items/7", "latency", 2*time.Second)
	logger.Error("request failed", "err", errors.New("connection reset"), "retry", true)

	reqLog := logger.With("request_id", "r-1").WithGroup("http")
	reqLog.Info("handled", "method", "GET", "status", 200)

	logger.Info("quoting", "msg2", "has spaces", "empty", "", "eq", "a=b")
	logger.LogAttrs(context.Background(), slog.LevelInfo, "attrs", slog.Group("user", slog.String("name", "ada"), slog.Int("id", 1)))

	// Below the handler's level: dropped.
	quiet := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		Level: slog.LevelWarn,
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	}))
	quiet.Info("not shown")
	quiet.Warn("shown")
}
