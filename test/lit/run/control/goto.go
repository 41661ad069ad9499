// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// goto jumps forward and backward to labels in the same function.

package main

func main() {
	i := 0
loop:
	if i < 3 {
		println("i =", i)
		i++
		goto loop
	}
	goto end
end:
	println("end")
}

// CHECK: i = 0
// CHECK-NEXT: i = 1
// CHECK-NEXT: i = 2
// CHECK-NEXT: end
