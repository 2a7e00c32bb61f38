// Package client fetches a greeting over HTTP.
package client

import (
	"fmt"
	"io"
	"net/http"
)

// Greeting GETs baseURL+"/hello" and returns the body.
func Greeting(c *http.Client, baseURL string) (string, error) {
	res, err := c.Get(baseURL + "/hello")
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return "", fmt.Errorf("status %d", res.StatusCode)
	}
	b, err := io.ReadAll(res.Body)
	return string(b), err
}
