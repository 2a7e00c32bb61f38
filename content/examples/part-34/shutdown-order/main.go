// Command shutdown-order shuts a server down while a request is in flight
// and prints what happens in which order. post is in client.go.
package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"time"
)

func main() {
	started, release := make(chan struct{}), make(chan struct{})
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		close(started)
		<-release // in flight until main lets it finish
		fmt.Fprint(w, "approved")
	})}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(ln) }()

	reply := make(chan string, 1)
	go func() { reply <- post("http://" + ln.Addr().String() + "/v1/cases/c-1/approve") }()
	<-started
	fmt.Println("1. a request is in flight")

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	shutdownErr := make(chan error, 1)
	go func() { shutdownErr <- srv.Shutdown(ctx) }()
	fmt.Println("2. Serve returned:", <-serveErr)
	select {
	case err := <-shutdownErr:
		fmt.Println("3. Shutdown returned too:", err)
	default:
		fmt.Println("3. Shutdown has not returned: it waits for the request")
	}
	close(release)
	fmt.Println("4. the client got:", <-reply)
	fmt.Println("5. Shutdown returned:", <-shutdownErr)
}
