// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Labels defined twice, unused, or not defined.

package main

func main() {
L:
	for {
	}
L:
	for {
		continue M
	}
}

// CHECK: {{.*}}label_errors.go:7:1: label L defined and not used
// CHECK-NEXT: {{.*}}label_errors.go:10:1: label L already defined at {{.*}}label_errors.go:7:1
// CHECK-NEXT: {{.*}}label_errors.go:12:12: continue label not defined: M
