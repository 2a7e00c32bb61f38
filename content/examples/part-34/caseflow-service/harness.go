// This file is the example's harness: a logger without timestamps, a fake
// clock, counting ids, a request helper, one relay batch that prints what it
// publishes, and a database that is down.

package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"time"

	"gomastery/examples/part-34/caseflow-service/internal/caseflow"
	"gomastery/examples/part-34/caseflow-service/internal/memstore"
	"gomastery/examples/part-34/caseflow-service/internal/relay"
)

// textLog logs without timestamps, so the output is the same on every run.
func textLog() *slog.Logger {
	return slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	}))
}

type identity struct{ tenant, actor string }

var requests = 0

// send runs one request, such as "POST /v1/cases", through h and prints
// the status and body of the response.
func send(h http.Handler, who identity, request, body string) {
	method, path, _ := strings.Cut(request, " ")
	requests++
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	req.Header.Set("X-Request-ID", fmt.Sprintf("req-%d", requests))
	if who.tenant != "" {
		req.Header.Set("X-Tenant-ID", who.tenant)
		req.Header.Set("X-Actor-ID", who.actor)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	caller := "nobody"
	if who.tenant != "" {
		caller = who.actor + "@" + who.tenant
	}
	res := rec.Result()
	fmt.Println(strings.TrimSpace(fmt.Sprintf("%s %s as %s %s", method, path, caller, body)))
	if challenge := res.Header.Get("WWW-Authenticate"); challenge != "" {
		fmt.Printf("  -> WWW-Authenticate: %s\n", challenge)
	}
	fmt.Printf("  -> %d %s", res.StatusCode, rec.Body.String())
}

// fakeClock starts at 09:00 and moves one minute per call.
func fakeClock() func() time.Time {
	t := time.Date(2030, 3, 4, 9, 0, 0, 0, time.UTC)
	return func() time.Time { t = t.Add(time.Minute); return t }
}

func counter(prefix string) func() string {
	n := 0
	return func() string { n++; return fmt.Sprintf("%s%d", prefix, n) }
}

func orDash(s caseflow.Status) string {
	if s == "" {
		return "-"
	}
	return string(s)
}

// publishOnce runs one relay batch over the store, printing each event as
// the broker would receive it.
func publishOnce(store *memstore.Store, log *slog.Logger) {
	r := &relay.Relay{Outbox: store, Batch: 10, Log: log,
		Publish: func(_ context.Context, e caseflow.OutboxEvent) error {
			fmt.Printf("  %s %s %s v%d\n", e.ID, e.Type, e.CaseID, e.CaseVersion)
			return nil
		}}
	n, err := r.PublishOnce(context.Background())
	fmt.Printf("  published %d, err %v, pending after %d\n", n, err, store.PendingOutbox())
}

// downStore is a UnitOfWork whose database cannot be reached.
type downStore struct{}

func (downStore) Do(context.Context, func(caseflow.Tx) error) error {
	return errors.New("postgres: begin: dial tcp 10.0.4.7:5432: connect: connection refused")
}
