// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Interface keys hash by dynamic type and value.

package main

type ID int

func main() {
	m := map[interface{}]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m[ID(1)] = "ID 1"
	m["1"] = "string 1"
	m[1.0] = "float 1"
	m[[2]int{1, 1}] = "array"
	m[struct{ a int }{1}] = "struct"
	println(len(m), m[1], m[int64(1)], m[ID(1)], m["1"], m[1.0])
	println(m[[2]int{1, 1}], m[struct{ a int }{1}], m[uint(1)] == "")
}

// CHECK: 7 int 1 int64 1 ID 1 string 1 float 1
// CHECK-NEXT: array struct true
