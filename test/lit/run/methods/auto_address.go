// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Calling a pointer method on an addressable value takes its address.

package main

type Acc struct{ total int }

func (a *Acc) Add(n int) *Acc { a.total += n; return a }

func main() {
	var a Acc
	a.Add(1).Add(2).Add(3)
	println(a.total)
	arr := [2]Acc{}
	arr[1].Add(7)
	println(arr[1].total)
	s := []Acc{{}}
	s[0].Add(9)
	println(s[0].total)
}

// CHECK: 6
// CHECK-NEXT: 7
// CHECK-NEXT: 9
