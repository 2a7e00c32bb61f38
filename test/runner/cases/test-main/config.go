// Package config reads settings prepared by TestMain.
package config

var settings = map[string]string{}

// Set stores a value.
func Set(k, v string) { settings[k] = v }

// Get returns a stored value.
func Get(k string) string { return settings[k] }
