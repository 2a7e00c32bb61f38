package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, float32(0.1))
	fmt.Println(math.Sqrt(2), math.Floor(-2.5), math.Round(2.5), math.Trunc(-2.7))
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN(), math.MaxInt64, math.MinInt64)
	fmt.Println(math.MaxUint32, math.SmallestNonzeroFloat64, math.MaxFloat32)
	var i8 int8 = 127
	i8++
	fmt.Println("int8 overflow wraps:", i8)
	var u uint = 0
	u--
	fmt.Println("uint underflow:", u)
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7.0/2)
	fmt.Println(1<<10, 0xff, 0o17, 0b1010, 1_000_000)
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', 4, 64), strconv.FormatInt(-255, 16), strconv.Quote("a\"b"))
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	n, err := strconv.ParseInt("300", 10, 8)
	fmt.Println(n, err)
	b, err := strconv.ParseBool("yes")
	fmt.Println(b, err)
	f399 := 3.99
	fmt.Println(int(f399), int(-f399), uint8(300%256), float64(1<<53+1))
	x := 1e100
	fmt.Println(x, int64(math.Float64bits(1.0)))
	fmt.Printf("%.20f %v %g\n", 0.1, 100000000.0, 1e-7)
}
