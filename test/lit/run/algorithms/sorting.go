// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Quicksort and insertion sort over slices of ints and strings.

package main

func quicksort(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quicksort(a[:j+1])
	quicksort(a[i:])
}

func insertion(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func main() {
	a := []int{9, -3, 5, 0, 12, 7, 7, -8, 1}
	quicksort(a)
	for _, v := range a {
		print(v, " ")
	}
	println()
	s := []string{"pear", "Apple", "fig", "apple", "", "banana"}
	insertion(s)
	for _, v := range s {
		print("[", v, "]")
	}
	println()
}

// CHECK: -8 -3 0 1 5 7 7 9 12 
// CHECK-NEXT: [][Apple][apple][banana][fig][pear]
