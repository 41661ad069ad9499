// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Constants that do not fit their type.

package main

func main() {
	var a int8 = 200
	var b uint = -1
	const c = 1 << 70
	var d int = c
	println(a, b, d)
}

// CHECK: {{.*}}constant_overflow.go:7:15: cannot use 200 (untyped int constant) as int8 value in variable declaration (overflows)
// CHECK-NEXT: {{.*}}constant_overflow.go:8:15: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)
// CHECK-NEXT: {{.*}}constant_overflow.go:10:14: cannot use c (untyped int constant 1180591620717411303424) as int value in variable declaration (overflows)
