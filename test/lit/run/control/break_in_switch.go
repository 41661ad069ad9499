// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// break inside a switch leaves the switch; a labeled break leaves the loop.

package main

func main() {
	n := 0
loop:
	for i := 0; i < 10; i++ {
		switch {
		case i == 2:
			break
		case i == 5:
			break loop
		}
		n += i
		println("i", i)
	}
	println(n)
}

// CHECK: i 0
// CHECK-NEXT: i 1
// CHECK-NEXT: i 2
// CHECK-NEXT: i 3
// CHECK-NEXT: i 4
// CHECK-NEXT: 10
