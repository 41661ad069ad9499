// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// Asserting to an interface the dynamic type does not implement panics.

package main

type Stringer interface{ String() string }
type T int

func main() {
	var x interface{} = T(1)
	s := x.(Stringer)
	println(s.String())
}

// CHECK: panic: interface conversion: main.T is not main.Stringer: missing method String
