// Command csv-stream converts CSV records to JSON Lines one record at
// a time, and reports a malformed record with its line number.
package main

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	in := `name,city
"Okafor, Ada",Lagos
Lin,"Tai
pei"
Bad,Row,Extra
`
	r := csv.NewReader(strings.NewReader(in))
	r.ReuseRecord = true // one slice for every record: fewer allocations
	header, err := r.Read()
	if err != nil {
		fmt.Println("header:", err)
		return
	}
	header = append([]string(nil), header...) // keep: Read reuses it
	enc := json.NewEncoder(os.Stdout)
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			// FieldsPerRecord is 0: every record must have as many
			// fields as the first one.
			fmt.Println("error:", err)
			break
		}
		row := make(map[string]string, len(rec))
		for i, v := range rec {
			row[header[i]] = v
		}
		line, _ := r.FieldPos(0)
		fmt.Printf("line %d: ", line)
		enc.Encode(row) // maps are encoded with sorted keys
	}
}
