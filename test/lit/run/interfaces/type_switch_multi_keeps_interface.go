// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// In a multi-type case the variable keeps the interface type.

package main

func f(x interface{}) {
	switch v := x.(type) {
	case int, string:
		var again interface{} = v
		_, isInt := again.(int)
		println("int or string", isInt)
	case bool:
		println("bool", !v)
	}
}

func main() {
	f(3)
	f("x")
	f(true)
	f(1.0)
}

// CHECK: int or string true
// CHECK-NEXT: int or string false
// CHECK-NEXT: bool false
