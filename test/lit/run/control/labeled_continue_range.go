// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Labeled continue in nested range loops over slices and strings.

package main

func main() {
	words := []string{"apple", "sky", "tree", "rhythm"}
	count := 0
next:
	for _, w := range words {
		for _, r := range w {
			switch r {
			case 'a', 'e', 'i', 'o', 'u':
				count++
				continue next
			}
		}
		println("no vowel:", w)
	}
	println(count)
}

// CHECK: no vowel: sky
// CHECK-NEXT: no vowel: rhythm
// CHECK-NEXT: 2
