// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// switch on interface values compares dynamic type and value.

package main

type Color int

func main() {
	var vals = []interface{}{1, "1", Color(1), 1.0, nil}
	for _, v := range vals {
		switch v {
		case 1:
			println("int one")
		case "1":
			println("string one")
		case Color(1):
			println("color one")
		case nil:
			println("nil")
		default:
			println("other")
		}
	}
}

// CHECK: int one
// CHECK-NEXT: string one
// CHECK-NEXT: color one
// CHECK-NEXT: other
// CHECK-NEXT: nil
