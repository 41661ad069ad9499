// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Slices of slices, jagged.

package main

func main() {
	tri := [][]int{}
	for i := 0; i < 5; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = tri[i-1][j-1] + tri[i-1][j]
		}
		tri = append(tri, row)
	}
	for _, r := range tri {
		for _, v := range r {
			print(v, " ")
		}
		println()
	}
}

// CHECK: 1 
// CHECK-NEXT: 1 1 
// CHECK-NEXT: 1 2 1 
// CHECK-NEXT: 1 3 3 1 
// CHECK-NEXT: 1 4 6 4 1 
