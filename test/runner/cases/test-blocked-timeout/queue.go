// Package queue hands jobs to a worker.
package queue

// Next waits for the next job. Bug: nobody ever sends one.
func Next(jobs <-chan string) string { return <-jobs }
