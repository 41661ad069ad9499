// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Return statements with the wrong number of values.

package main

func f() (int, string) {
	return 1
}

func g() int {
	return 1, 2
}

func h() {
	return 1
}

func main() {}

// CHECK: {{.*}}return_count.go:7:9: not enough return values
// CHECK-NEXT: 	have (number)
// CHECK-NEXT: 	want (int, string)
// CHECK-NEXT: {{.*}}return_count.go:11:12: too many return values
// CHECK-NEXT: 	have (number, number)
// CHECK-NEXT: 	want (int)
// CHECK-NEXT: {{.*}}return_count.go:15:9: too many return values
// CHECK-NEXT: 	have (number)
// CHECK-NEXT: 	want ()
