// Package cleanup opens and closes fake resources.
package cleanup

import "fmt"

// Resource logs when it is closed.
type Resource struct {
	Name string
	Log  *[]string
}

// Open creates a resource and records it.
func Open(name string, log *[]string) *Resource {
	*log = append(*log, "open "+name)
	return &Resource{Name: name, Log: log}
}

// Close records the close.
func (r *Resource) Close() { *r.Log = append(*r.Log, fmt.Sprintf("close %s", r.Name)) }
