// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// panic(nil) can be recovered; recover then returns nil in Go 1.19.

package main

func main() {
	defer func() {
		r := recover()
		println("recovered nil:", r == nil)
	}()
	panic(nil)
}

// CHECK: recovered nil: true
