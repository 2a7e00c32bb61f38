// Package vault stores API keys and shows them only in masked form.
package vault

import "gomastery/examples/part-08/boundary-errors/vault/internal/secret"

// Vault keeps named keys. The zero value is ready to use.
type Vault struct {
	keys map[string]string
}

// Put stores key under name.
func (v *Vault) Put(name, key string) {
	if v.keys == nil {
		v.keys = make(map[string]string)
	}
	v.keys[name] = key
}

// Masked returns the key stored under name with all but its last four
// characters hidden, and whether the name was found.
func (v *Vault) Masked(name string) (string, bool) {
	key, ok := v.keys[name]
	return secret.Mask(key), ok
}
