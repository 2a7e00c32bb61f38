// Command layers is the composition root: the one place that knows every
// layer. It builds the adapters, hands them to the use case, and runs.
package main

import (
	"fmt"
	"os"
	"strings"

	"gomastery/examples/part-08/layers/internal/adapter/memstore"
	"gomastery/examples/part-08/layers/internal/adapter/textui"
	"gomastery/examples/part-08/layers/internal/usecase/notes"
)

const script = `add Buy milk
add
show 1
show 9
rename 1 Tea`

func main() {
	store := &memstore.Store{}      // outbound adapter
	svc := notes.NewService(store)  // use case, given its port
	in := strings.NewReader(script) // stands in for a terminal
	if err := textui.Run(in, os.Stdout, svc); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
