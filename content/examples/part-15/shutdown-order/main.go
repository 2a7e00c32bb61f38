// Command shutdown-order stops an HTTP server on SIGINT the way a service
// should: stop accepting, let the request in flight finish, then exit.
package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	started, release := make(chan struct{}), make(chan struct{})
	mux := http.NewServeMux()
	mux.HandleFunc("GET /slow", func(w http.ResponseWriter, r *http.Request) {
		close(started)
		<-release // a slow handler, still working when SIGINT arrives
		fmt.Println("handler: finishing the request")
		io.WriteString(w, "done")
	})
	srv := &http.Server{Handler: mux}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(ln) }()

	reply := make(chan string, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/slow")
		if err != nil {
			reply <- err.Error()
			return
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		reply <- resp.Status + " " + string(body)
	}()
	<-started

	p, _ := os.FindProcess(os.Getpid())
	p.Signal(os.Interrupt) // what Ctrl-C or `kill -INT` would do
	<-ctx.Done()
	fmt.Println("main: got", context.Cause(ctx))
	stop() // a second Ctrl-C now kills the process the default way

	shutdownCtx, cancel := context.WithTimeout(context.Background(),
		10*time.Second)
	defer cancel()
	shutdownErr := make(chan error, 1)
	go func() { shutdownErr <- srv.Shutdown(shutdownCtx) }()

	fmt.Println("main: Serve returned:", <-serveErr)
	select {
	case <-shutdownErr:
		fmt.Println("main: Shutdown returned early?")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("main: Shutdown is waiting for the handler")
	}
	close(release)
	fmt.Println("client: got", <-reply)
	fmt.Println("main: Shutdown returned", <-shutdownErr)
}
