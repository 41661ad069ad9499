// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// At most 10 errors are printed, then "too many errors".

package main

func main() {
	println(u1)
	println(u2)
	println(u3)
	println(u4)
	println(u5)
	println(u6)
	println(u7)
	println(u8)
	println(u9)
	println(u10)
	println(u11)
	println(u12)
}

// CHECK: {{.*}}too_many_errors.go:7:10: undefined: u1
// CHECK-NEXT: {{.*}}too_many_errors.go:8:10: undefined: u2
// CHECK-NEXT: {{.*}}too_many_errors.go:9:10: undefined: u3
// CHECK-NEXT: {{.*}}too_many_errors.go:10:10: undefined: u4
// CHECK-NEXT: {{.*}}too_many_errors.go:11:10: undefined: u5
// CHECK-NEXT: {{.*}}too_many_errors.go:12:10: undefined: u6
// CHECK-NEXT: {{.*}}too_many_errors.go:13:10: undefined: u7
// CHECK-NEXT: {{.*}}too_many_errors.go:14:10: undefined: u8
// CHECK-NEXT: {{.*}}too_many_errors.go:15:10: undefined: u9
// CHECK-NEXT: {{.*}}too_many_errors.go:16:10: undefined: u10
// CHECK-NEXT: {{.*}}too_many_errors.go:16:10: too many errors
