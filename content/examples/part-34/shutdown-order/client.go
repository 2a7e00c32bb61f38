package main

import (
	"fmt"
	"io"
	"net/http"
)

// post sends one request and describes the response, or the error.
func post(url string) string {
	res, err := http.Post(url, "application/json", nil)
	if err != nil {
		return err.Error()
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		return err.Error()
	}
	return fmt.Sprintf("%d %s", res.StatusCode, body)
}
