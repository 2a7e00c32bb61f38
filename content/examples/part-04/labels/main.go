// Command labels shows labelled break and continue, and why a plain break
// inside a switch does not leave the loop around it.
package main

import "fmt"

func main() {
	grid := [][]int{
		{3, 8, 1},
		{9, 4, 7},
		{2, 6, 5},
	}

	// break with a label leaves the outer loop, not just the inner one.
	row, col := -1, -1
search:
	for r, cells := range grid {
		for c, v := range cells {
			if v == 4 {
				row, col = r, c
				break search
			}
		}
	}
	fmt.Println("found 4 at", row, col)

	// continue with a label skips to the next iteration of the outer loop.
	fmt.Print("rows without a value above 8:")
rows:
	for r, cells := range grid {
		for _, v := range cells {
			if v > 8 {
				continue rows
			}
		}
		fmt.Print(" ", r)
	}
	fmt.Println()

	// A plain break inside a switch (or select) ends the switch only.
	events := []string{"tick", "stop", "tick"}
	seen := 0
	for _, e := range events {
		switch e {
		case "stop":
			break // leaves the switch; the loop carries on
		}
		seen++
	}
	fmt.Println("plain break: handled", seen, "events")

	seen = 0
loop:
	for _, e := range events {
		switch e {
		case "stop":
			break loop // leaves the for loop
		}
		seen++
	}
	fmt.Println("labelled break: handled", seen, "events")
}
