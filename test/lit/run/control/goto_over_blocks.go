// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// goto out of nested blocks and loops.

package main

func find(grid [][]int, target int) (int, int) {
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				println("found")
				goto done
			}
			_ = j
		}
		_ = i
	}
	return -1, -1
done:
	return 1, 1
}

func main() {
	g := [][]int{{1, 2}, {3, 4}}
	println(find(g, 4))
	println(find(g, 9))
}

// CHECK: found
// CHECK-NEXT: 1 1
// CHECK-NEXT: -1 -1
