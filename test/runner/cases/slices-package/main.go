package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	nums := []int{5, 2, 8, 2, 9, 1}
	sorted := slices.Clone(nums)
	slices.Sort(sorted)
	fmt.Println(nums, sorted)
	fmt.Println(slices.Contains(nums, 8), slices.Index(nums, 2), slices.Index(nums, 7))
	i, found := slices.BinarySearch(sorted, 8)
	fmt.Println("binary search 8:", i, found)
	fmt.Println("max/min:", slices.Max(nums), slices.Min(nums))
	fmt.Println("compact:", slices.Compact(slices.Clone(sorted)))
	fmt.Println("reverse:", func() []int { r := slices.Clone(nums); slices.Reverse(r); return r }())
	fmt.Println("insert:", slices.Insert([]int{1, 4}, 1, 2, 3))
	fmt.Println("delete:", slices.Delete([]int{0, 1, 2, 3, 4}, 1, 3))
	fmt.Println("equal:", slices.Equal([]int{1, 2}, []int{1, 2}))

	people := []Person{{"Alice", 30}, {"bob", 25}, {"Carol", 30}, {"dave", 25}}
	slices.SortStableFunc(people, func(a, b Person) int {
		return cmp.Compare(a.Age, b.Age)
	})
	fmt.Println(people)
	slices.SortFunc(people, func(a, b Person) int {
		return cmp.Or(
			-cmp.Compare(a.Age, b.Age),
			strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)),
		)
	})
	fmt.Println(people)
	idx := slices.IndexFunc(people, func(p Person) bool { return p.Name == "dave" })
	fmt.Println("dave at", idx)
	fmt.Println(slices.Collect(slices.Values([]string{"x", "y"})))
	for i, v := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, v, ";")
	}
	fmt.Println()
	fmt.Println(slices.Sorted(slices.Values([]string{"pear", "fig", "apple"})))
	fmt.Println(slices.Chunk([]int{1, 2, 3, 4, 5}, 2) != nil)
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(c)
	}
	fmt.Println()
}
