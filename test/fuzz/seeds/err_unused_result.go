// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// An expression statement whose value is unused.

package main

func f() int { return 1 }

func main() {
	f() + 1
	"str"
}

// CHECK: {{.*}}unused_result.go:9:2: f() + 1 (value of type int) is not used
// CHECK-NEXT: {{.*}}unused_result.go:10:2: "str" (untyped string constant) is not used
