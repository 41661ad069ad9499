// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Switch cases whose type does not match the tag.

package main

func main() {
	x := 1
	switch x {
	case "a":
	case 1, 1:
	}
}

// CHECK: {{.*}}switch_case_mismatch.go:9:7: cannot convert "a" (untyped string constant) to int
// CHECK-NEXT: {{.*}}switch_case_mismatch.go:10:10: duplicate case 1 (constant of type int) in expression switch
// CHECK-NEXT: 	{{.*}}switch_case_mismatch.go:10:7: previous case
