// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// An unrecovered panic with a named basic type prints the type and value.

package main

type Code int
type Msg string

func main() {
	defer func() {
		r := recover()
		println("recovered", r.(Code))
		panic(Msg("bad"))
	}()
	panic(Code(5))
}

// CHECK: recovered 5
// CHECK-NEXT: panic: main.Code(5) [recovered]
// CHECK-NEXT: 	panic: main.Msg("bad")
