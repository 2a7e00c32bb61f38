// Command lost-update replays one interleaving of two requests, first
// against an upsert that ignores versions and then against an update that
// is conditional on the version each request read.
package main

import "fmt"

type row struct {
	Status  string
	Version int64
}

func main() {
	for _, conditional := range []bool{false, true} {
		db := map[string]row{"case-9": {Status: "under_review", Version: 3}}

		// save is the UPDATE. Without the condition it is last-writer-wins,
		// like INSERT ... ON CONFLICT DO UPDATE; with it, it is
		// UPDATE ... WHERE tenant_id = $5 AND id = $6 AND version = $7.
		save := func(r row, loaded int64) string {
			if conditional && db["case-9"].Version != loaded {
				return "409 conflict (0 rows affected)"
			}
			db["case-9"] = r
			return "200 OK"
		}

		// Both requests read version 3 before either writes. Both moves are
		// legal from under_review, so the domain cannot stop either one.
		approver, rejecter := db["case-9"], db["case-9"]
		loadedA, loadedR := approver.Version, rejecter.Version
		approver.Status, approver.Version = "approved", approver.Version+1
		rejecter.Status, rejecter.Version = "rejected", rejecter.Version+1

		fmt.Printf("conditional update: %t\n", conditional)
		fmt.Println("  approve ->", save(approver, loadedA))
		fmt.Println("  reject  ->", save(rejecter, loadedR))
		fmt.Printf("  stored: %s v%d\n", db["case-9"].Status, db["case-9"].Version)
	}
}
