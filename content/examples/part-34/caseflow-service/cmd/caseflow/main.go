// Command caseflow runs caseflow-service: the case API, its health probes
// and the outbox relay. This file is the composition root: it reads
// configuration, builds every adapter, wires them together and owns the
// process lifecycle. Everything else lives in internal/.
//
// The course examples use the standard library only, so no PostgreSQL driver
// is registered and run stops at sql.Open with "unknown driver". To run it,
// add a driver to go.mod and register it with a blank import such as
// _ "github.com/jackc/pgx/v5/stdlib".
package main

import (
	"context"
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	"gomastery/examples/part-34/caseflow-service/internal/app"
	"gomastery/examples/part-34/caseflow-service/internal/caseflow"
	"gomastery/examples/part-34/caseflow-service/internal/httpapi"
	"gomastery/examples/part-34/caseflow-service/internal/platform/health"
	"gomastery/examples/part-34/caseflow-service/internal/postgres"
	"gomastery/examples/part-34/caseflow-service/internal/relay"
)

func main() {
	log := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	if err := run(log, os.Getenv); err != nil {
		log.Error("caseflow stopped", "err", err)
		os.Exit(1)
	}
}

type config struct {
	addr            string
	databaseURL     string
	drainDelay      time.Duration
	shutdownTimeout time.Duration
}

// loadConfig fails fast: a service that starts without its database URL
// only fails later, on the first request, with a worse message.
func loadConfig(getenv func(string) string) (config, error) {
	cfg := config{addr: ":8080", drainDelay: 5 * time.Second, shutdownTimeout: 20 * time.Second}
	if v := getenv("CASEFLOW_ADDR"); v != "" {
		cfg.addr = v
	}
	cfg.databaseURL = getenv("CASEFLOW_DATABASE_URL")
	if cfg.databaseURL == "" {
		return config{}, errors.New("config: CASEFLOW_DATABASE_URL is required")
	}
	return cfg, nil
}

func run(log *slog.Logger, getenv func(string) string) error {
	cfg, err := loadConfig(getenv)
	if err != nil {
		return err
	}
	// ctx is cancelled by the first SIGTERM (sent by the orchestrator) or
	// Ctrl-C; that is the start of shutdown.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	db, err := sql.Open("pgx", cfg.databaseURL)
	if err != nil {
		return fmt.Errorf("database: %w", err)
	}
	defer db.Close() // runs last: after the server and the workers stopped
	db.SetMaxOpenConns(20)
	db.SetConnMaxIdleTime(5 * time.Minute)
	pingCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
	err = db.PingContext(pingCtx)
	cancel()
	if err != nil {
		return fmt.Errorf("database: %w", err)
	}

	store := postgres.New(db)
	svc := app.NewService(store, time.Now, rand.Text)
	probes := &health.State{Checks: []health.Check{{Name: "database", Func: store.Ping}}}

	mux := http.NewServeMux()
	mux.HandleFunc("GET /livez", probes.Live)
	mux.HandleFunc("GET /readyz", probes.Ready)
	mux.Handle("/v1/", httpapi.NewHandler(svc, httpapi.GatewayHeaders, log))
	srv := &http.Server{
		Addr:              cfg.addr,
		Handler:           mux,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      15 * time.Second,
		IdleTimeout:       60 * time.Second,
	}

	// Workers get their own context: they keep running while HTTP drains,
	// because requests still in flight may write outbox events.
	workerCtx, stopWorkers := context.WithCancel(context.Background())
	defer stopWorkers()
	var workers sync.WaitGroup
	outboxRelay := &relay.Relay{Outbox: store, Publish: logPublisher(log), Batch: 100, Interval: time.Second, Log: log}
	workers.Go(func() { outboxRelay.Run(workerCtx) })

	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.ListenAndServe() }()
	log.Info("caseflow listening", "addr", cfg.addr)

	select {
	case err := <-serveErr: // could not listen, for example
		stopWorkers()
		workers.Wait()
		return fmt.Errorf("http server: %w", err)
	case <-ctx.Done():
	}
	stop() // from here on, a second signal kills the process at once
	log.Info("draining")

	// 1. Fail readiness, and give the load balancer time to notice.
	probes.StartDraining()
	time.Sleep(cfg.drainDelay)

	// 2. Stop accepting connections and wait for in-flight requests.
	// ListenAndServe returns ErrServerClosed as soon as Shutdown begins, so
	// only Shutdown's return means the requests are done.
	shutdownCtx, cancelShutdown := context.WithTimeout(context.Background(), cfg.shutdownTimeout)
	defer cancelShutdown()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		log.Error("http shutdown incomplete; closing what is left", "err", err)
		_ = srv.Close()
	}
	if err := <-serveErr; !errors.Is(err, http.ErrServerClosed) {
		log.Error("http server", "err", err)
	}

	// 3. Stop the workers and wait, within the same deadline.
	stopWorkers()
	done := make(chan struct{})
	go func() { workers.Wait(); close(done) }()
	select {
	case <-done:
	case <-shutdownCtx.Done():
		return errors.New("workers did not stop before the shutdown deadline")
	}
	log.Info("stopped cleanly")
	return nil // 4. deferred: close the database
}

// logPublisher stands in for a broker client such as Kafka or NATS.
func logPublisher(log *slog.Logger) relay.PublishFunc {
	return func(ctx context.Context, e caseflow.OutboxEvent) error {
		log.InfoContext(ctx, "published", "event_id", e.ID, "type", e.Type, "case_id", e.CaseID)
		return nil
	}
}
