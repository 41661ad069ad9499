// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Untyped constants that do not fit their destination type.

package main

func main() {
	var b byte = 300
	var c int8 = -129
	var u uint = -1
	_, _, _ = b, c, u
}

// CHECK: {{.*}}const_overflow_byte.go:7:15: cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)
// CHECK-NEXT: {{.*}}const_overflow_byte.go:8:15: cannot use -129 (untyped int constant) as int8 value in variable declaration (overflows)
// CHECK-NEXT: {{.*}}const_overflow_byte.go:9:15: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)
