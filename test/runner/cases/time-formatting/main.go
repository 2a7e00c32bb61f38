package main

import (
	"fmt"
	"time"
	_ "time/tzdata" // embed the zone database so LoadLocation works everywhere
)

func main() {
	t := time.Date(2024, time.March, 10, 14, 5, 9, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano))
	fmt.Println(t.Format("2006-01-02 15:04:05.000"), t.Format("Mon Jan 2 3:04PM"))
	fmt.Println(t.Weekday(), t.YearDay(), t.Unix())
	fmt.Println(t.Add(36*time.Hour).Format(time.DateOnly), t.AddDate(0, 1, -10).Format(time.DateOnly))
	u := t.Truncate(time.Hour)
	fmt.Println(u.Format(time.TimeOnly), t.Sub(u))

	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		fmt.Println("load location:", err)
		return
	}
	fmt.Println(t.In(ny))
	parsed, err := time.Parse("2006-01-02 15:04", "2024-11-03 01:30")
	fmt.Println(parsed, err)
	_, err = time.Parse(time.DateOnly, "2024-02-30")
	fmt.Println(err)
	d, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, d.Minutes(), d.Round(time.Minute), d.Truncate(time.Hour))
	fmt.Println(time.Duration(0), time.Duration(999), 1500*time.Microsecond)
}
