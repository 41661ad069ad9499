// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Duplicate constant cases in an expression switch.

package main

func main() {
	x := 1
	switch x {
	case 1, 2:
	case 3, 1:
	}
	s := "a"
	switch s {
	case "a":
	case "a":
	}
}

// CHECK: {{.*}}duplicate_case.go:10:10: duplicate case 1 (constant of type int) in expression switch
// CHECK-NEXT: 	{{.*}}duplicate_case.go:9:7: previous case
// CHECK-NEXT: {{.*}}duplicate_case.go:15:7: duplicate case "a" (constant of type string) in expression switch
// CHECK-NEXT: 	{{.*}}duplicate_case.go:14:7: previous case
