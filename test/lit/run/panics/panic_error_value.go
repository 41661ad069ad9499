// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// An unrecovered panic with an error value prints its Error text.

package main

type MyErr struct{ code int }

func (e MyErr) Error() string { return "failure code " + string(rune('0'+e.code)) }

func main() {
	panic(MyErr{3})
}

// CHECK: panic: failure code 3
