// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Inner scopes shadow outer names; if/for/switch introduce scopes.

package main

var x = "package"

func main() {
	println(x)
	x := "function"
	println(x)
	{
		x := "block"
		println(x)
	}
	if x := 1; x > 0 {
		println("if", x)
	}
	for x := 0; x < 1; x++ {
		println("for", x)
	}
	switch x := true; x {
	case true:
		println("switch", x)
	}
	println(x)
}

// CHECK: package
// CHECK-NEXT: function
// CHECK-NEXT: block
// CHECK-NEXT: if 1
// CHECK-NEXT: for 0
// CHECK-NEXT: switch true
// CHECK-NEXT: function
