// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// gc reports "missing function body" in a phase after type checking, so a
// package with type errors reports only those (Go's test/interface/receiver1.go
// declares methods without bodies and expects only its type errors).

package main

type T int

func (T) M()

func main() {
	var x int = "s"
	_ = x
}

// CHECK: {{.*}}missing_function_body_type_errors.go:13:14: cannot use "s" (untyped string constant) as int value in variable declaration
