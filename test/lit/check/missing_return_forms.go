// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Function bodies that do not end in a terminating statement.

package main

func a(x int) int {
	if x > 0 {
		return 1
	}
}

func b() int {
	for {
		break
	}
}

func c(x int) int {
	switch x {
	case 1:
		return 1
	}
}

func d() int {
	for {
	}
}

func main() {}

// CHECK: {{.*}}missing_return_forms.go:10:1: missing return
// CHECK-NEXT: {{.*}}missing_return_forms.go:16:1: missing return
// CHECK-NEXT: {{.*}}missing_return_forms.go:23:1: missing return
