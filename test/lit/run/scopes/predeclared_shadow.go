// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Predeclared identifiers can be redeclared in inner scopes.

package main

func main() {
	len := func(s string) int { return 42 }
	println(len("abc"))
	true := false
	println(true)
	{
		nil := 5
		println(nil)
	}
	type int = string
	var s int = "now a string"
	println(s)
}

// CHECK: 42
// CHECK-NEXT: false
// CHECK-NEXT: 5
// CHECK-NEXT: now a string
