// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// A panic in a goroutine (here `go panic(v)`, v evaluated at the go
// statement) ends the program with exit status 2.

package main

func main() {
	msg := "boom"
	go panic(msg)
	msg = "changed"
	select {}
}

// CHECK: panic: boom
