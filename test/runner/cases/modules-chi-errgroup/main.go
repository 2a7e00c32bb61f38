// chi routing with a URL parameter, tested through httptest, and an
// errgroup whose first error cancels the others.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"

	"github.com/go-chi/chi/v5"
	"golang.org/x/sync/errgroup"
	"golang.org/x/time/rate"
)

func main() {
	r := chi.NewRouter()
	r.Get("/tenants/{tenant}/cases/{id}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "tenant=%s case=%s", chi.URLParam(r, "tenant"), chi.URLParam(r, "id"))
	})
	for _, target := range []string{"/tenants/acme/cases/7", "/tenants/acme"} {
		rec := httptest.NewRecorder()
		r.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
		res := rec.Result()
		body, _ := io.ReadAll(res.Body)
		fmt.Printf("GET %s -> %d %q\n", target, res.StatusCode, body)
	}

	g, ctx := errgroup.WithContext(context.Background())
	g.Go(func() error { return errors.New("fetch failed") })
	g.Go(func() error {
		<-ctx.Done()
		return ctx.Err()
	})
	fmt.Println("group:", g.Wait())

	lim := rate.NewLimiter(rate.Limit(1), 2)
	fmt.Println("burst:", lim.Allow(), lim.Allow(), lim.Allow())
}
