// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Duplicate types in a type switch.

package main

func main() {
	var x interface{}
	switch x.(type) {
	case int:
	case string, int:
	}
}

// CHECK: {{.*}}type_switch_duplicate.go:10:15: duplicate case int in type switch
// CHECK-NEXT: 	{{.*}}type_switch_duplicate.go:9:7: previous case
