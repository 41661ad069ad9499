// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// fmt: %T of struct types with tags (quoted as Go quotes them) and of
// interface types with unexported methods (qualified by package name);
// types differing only in tags are distinct.

package main

import "fmt"

type I interface {
	M(int) string
	n()
}

func main() {
	fmt.Printf("%T\n", struct {
		A int `json:"a"`
	}{})
	fmt.Printf("%T\n", []interface{ M(int) string }{})
	fmt.Printf("%T\n", []interface {
		fmt.Stringer
		Error() string
	}{})
	fmt.Printf("%T %T\n", []I{}, map[string]interface{ n() }{})
	a := struct {
		A int `x:"1"`
	}{}
	b := struct{ A int }{}
	var ia, ib any = a, b
	_, same := ia.(struct{ A int })
	fmt.Println(same, fmt.Sprintf("%T", ia) == fmt.Sprintf("%T", ib))
	fmt.Printf("%T\n", struct {
		B string `tab:"a\tb" q:"\\"`
	}{})
}

// CHECK: struct { A int "json:\"a\"" }
// CHECK-NEXT: []interface { M(int) string }
// CHECK-NEXT: []interface { Error() string; String() string }
// CHECK-NEXT: []main.I map[string]interface { main.n() }
// CHECK-NEXT: false false
// CHECK-NEXT: struct { B string "tab:\"a\\tb\" q:\"\\\\\"" }
