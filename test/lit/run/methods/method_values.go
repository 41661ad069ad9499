// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A method value binds its receiver when it is evaluated.

package main

type T struct{ name string }

func (t T) Say() string   { return "value " + t.name }
func (t *T) PSay() string { return "pointer " + t.name }

func main() {
	t := T{"a"}
	f := t.Say
	g := t.PSay
	t.name = "b"
	println(f(), g())
	fs := []func() string{}
	for _, n := range []string{"x", "y"} {
		u := T{n}
		fs = append(fs, u.Say)
	}
	for _, f := range fs {
		println(f())
	}
}

// CHECK: value a pointer b
// CHECK-NEXT: value x
// CHECK-NEXT: value y
