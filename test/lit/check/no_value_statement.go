// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Expressions that are evaluated but not used.

package main

func f() int { return 1 }

func main() {
	x := 1
	x + 1
	len("a")
	int(2)
	defer len("a")
}

// CHECK: {{.*}}no_value_statement.go:10:2: x + 1 (value of type int) is not used
// CHECK-NEXT: {{.*}}no_value_statement.go:11:2: len("a") (constant 1 of type int) is not used
// CHECK-NEXT: {{.*}}no_value_statement.go:12:2: int(2) (constant 2 of type int) is not used
// CHECK-NEXT: {{.*}}no_value_statement.go:13:8: defer discards result of len("a") (constant 1 of type int)
