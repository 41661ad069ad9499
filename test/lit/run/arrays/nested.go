// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Multi-dimensional arrays.

package main

func main() {
	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i*10 + j
		}
	}
	row := grid[1]
	row[0] = -1
	println(grid[1][0], row[0], grid[2][3])
	total := 0
	for _, r := range grid {
		for _, v := range r {
			total += v
		}
	}
	println(total)
}

// CHECK: 10 -1 23
// CHECK-NEXT: 138
