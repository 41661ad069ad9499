// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// interface{} holds values of any type, including nil slices and funcs.

package main

func kind(x interface{}) string {
	switch x.(type) {
	case int:
		return "int"
	case float64:
		return "float64"
	case string:
		return "string"
	case bool:
		return "bool"
	case []byte:
		return "[]byte"
	case map[string]int:
		return "map"
	case func():
		return "func"
	case *int:
		return "*int"
	case struct{}:
		return "struct{}"
	}
	return "?"
}

func main() {
	n := 1
	vals := []interface{}{1, 2.5, "s", true, []byte(nil), map[string]int{}, func() {}, &n, struct{}{}, uint(1)}
	for _, v := range vals {
		println(kind(v))
	}
}

// CHECK: int
// CHECK-NEXT: float64
// CHECK-NEXT: string
// CHECK-NEXT: bool
// CHECK-NEXT: []byte
// CHECK-NEXT: map
// CHECK-NEXT: func
// CHECK-NEXT: *int
// CHECK-NEXT: struct{}
// CHECK-NEXT: ?
