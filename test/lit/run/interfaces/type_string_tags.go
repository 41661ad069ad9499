// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// Type strings in runtime messages: struct tags are part of a struct type
// (quoted as Go quotes them), and unexported interface methods are
// qualified by their package.

package main

type I interface{ m() }

type T struct{}

func (T) m() {}

func show(x any) {
	defer func() { println(recover().(error).Error()) }()
	_ = x.(int)
}

func main() {
	show(struct {
		A int `json:"a"`
		B string
	}{})
	show(struct{ A int }{})
	var i I = T{}
	show(&i)
	var p *interface{ m() }
	show(p)
	var e any = struct {
		A int `json:"a"`
	}{}
	_ = e.(struct{ A int })
}

// CHECK: interface conversion: interface {} is struct { A int "json:\"a\""; B string }, not int
// CHECK-NEXT: interface conversion: interface {} is struct { A int }, not int
// CHECK-NEXT: interface conversion: interface {} is *main.I, not int
// CHECK-NEXT: interface conversion: interface {} is *interface { main.m() }, not int
// CHECK-NEXT: panic: interface conversion: interface {} is struct { A int "json:\"a\"" }, not struct { A int }
