// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// recover returns the value passed to panic and stops the panic.

package main

func try(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = r.(string)
		}
	}()
	f()
	return "no panic"
}

func main() {
	println(try(func() {}))
	println(try(func() { panic("oops") }))
	println("still running")
}

// CHECK: no panic
// CHECK-NEXT: oops
// CHECK-NEXT: still running
