// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// An unrecovered panic in a call deferred by Goexit ends the program with
// the panic's own message (the Goexit is not printed).

package main

import "runtime"

func main() {
	defer println("outer defer runs")
	defer func() {
		panic("boom")
	}()
	runtime.Goexit()
}

// CHECK: outer defer runs
// CHECK-NEXT: panic: boom
