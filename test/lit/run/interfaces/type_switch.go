// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Type switches: single types, multiple types per case, nil, default.

package main

type Animal interface{ Sound() string }
type Cat struct{}

func (Cat) Sound() string { return "meow" }

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return "int"
	case int8, int16:
		_ = v
		return "small int"
	case string:
		return "string " + v
	case Animal:
		return "animal " + v.Sound()
	case []int:
		return "slice"
	case error:
		return "error " + v.Error()
	default:
		return "other"
	}
}

type E struct{}

func (E) Error() string { return "boom" }

func main() {
	println(describe(nil))
	println(describe(1))
	println(describe(int8(1)))
	println(describe(int16(1)))
	println(describe("s"))
	println(describe(Cat{}))
	println(describe([]int{}))
	println(describe(E{}))
	println(describe(1.5))
	var ip *int
	println(describe(ip))
}

// CHECK: nil
// CHECK-NEXT: int
// CHECK-NEXT: small int
// CHECK-NEXT: small int
// CHECK-NEXT: string s
// CHECK-NEXT: animal meow
// CHECK-NEXT: slice
// CHECK-NEXT: error boom
// CHECK-NEXT: other
// CHECK-NEXT: other
