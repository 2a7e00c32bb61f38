// Command caseflow-service wires the service as cmd/caseflow does, with the
// in-memory store, and drives it through httptest. Helpers are in harness.go.
package main

import (
	"fmt"

	"gomastery/examples/part-34/caseflow-service/internal/app"
	"gomastery/examples/part-34/caseflow-service/internal/httpapi"
	"gomastery/examples/part-34/caseflow-service/internal/memstore"
)

func main() {
	// The composition root: choose adapters, inject the clock and ids.
	log := textLog()
	store := memstore.New()
	svc := app.NewService(store, fakeClock(), counter("id-"))
	api := httpapi.NewHandler(svc, httpapi.GatewayHeaders, log)

	ana, rev := identity{"t-acme", "ana"}, identity{"t-acme", "rev-7"}
	send(api, ana, "POST /v1/cases", "")
	send(api, ana, "POST /v1/cases/id-1/submit", "")
	send(api, ana, "POST /v1/cases/id-1/start-review", `{"reviewer":"rev-7"}`)
	send(api, ana, "POST /v1/cases/id-1/start-review", `{}`)
	send(api, ana, "POST /v1/cases/id-1/start-review", `{"reviewer_id":"rev-7"} {"x":1}`)
	send(api, ana, "POST /v1/cases/id-1/start-review", `{"reviewer_id":"rev-7"}`)
	send(api, ana, "POST /v1/cases/id-1/approve", "")
	send(api, rev, "POST /v1/cases/id-1/approve", "")
	send(api, rev, "POST /v1/cases/id-1/reject", `{"reason":"duplicate"}`)
	send(api, identity{"t-globex", "eve"}, "GET /v1/cases/id-1", "")
	send(api, identity{}, "GET /v1/cases/id-1", "")

	fmt.Println("\naudit trail of id-1:")
	for _, e := range store.AuditTrail("t-acme", "id-1") {
		fmt.Printf("  %s  %-12s %-9s %s -> %s\n", e.At.Format("15:04"), e.Action, e.ActorID, orDash(e.From), e.To)
	}

	fmt.Println("\nrelay publishes what committed:")
	publishOnce(store, log)

	fmt.Println("\nthe same API over a database that is down:")
	down := httpapi.NewHandler(app.NewService(downStore{}, fakeClock(), counter("id-")), httpapi.GatewayHeaders, log)
	send(down, ana, "POST /v1/cases/id-1/submit", "")
}
