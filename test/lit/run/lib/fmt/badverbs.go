// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// fmt: Go's error notations: wrong verb for the type, missing and extra
// operands, bad width/precision/argument index, no verb, %!(NOVERB), and
// explicit argument indexes.

package main

import "fmt"

type T struct{ A int }

func main() {
	fmt.Printf("%d|%s|%t|%x|%c|%e|%q\n", "str", 5, 1, true, 2.5, "e", 1.5)
	fmt.Printf("%z %z %z\n", 1, "a", nil)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "three", nil, T{4})
	fmt.Printf("%!\n")
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("100%%\n")
	fmt.Printf("%5%|%-5%|\n")
	fmt.Printf("%*d|%-*d|%*d\n", 5, 1, 5, 2, "x", 3)
	fmt.Printf("%.*d|%.*d\n", 2, 7, -1, 8)
	fmt.Printf("%*d\n", 10000000, 1)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]d %[1]d %d\n", 1, 2, 3)
	fmt.Printf("%[5]d\n", 1)
	fmt.Printf("%[0]d %[x]d %[1\n", 1)
	fmt.Printf("%[2]*[1]d|%[1]*d\n", 12, 3)
	fmt.Printf("%.[2]d|%[3]*.[2]*[1]f\n", 1, 2, 8, 3.5)
	fmt.Printf("%d %[1]v %v\n", 5, 6)
	fmt.Printf("%[1]d %[1]x %[1]o\n", 64)
	fmt.Printf("%p %p\n", 5, "x")
	fmt.Printf("%v %d\n", nil, nil)
	fmt.Printf("%T %T %v\n", nil, 1, T{})
	fmt.Printf("%s\n", T{1})
	fmt.Printf("%d\n", []string{"a"})
	fmt.Printf("%w\n", fmt.Errorf("e"))
	fmt.Printf("%ä|%☺\n", 1, 2)
	fmt.Printf("%-010d|%0-10d|%+-5d|\n", 1, 2, 3)
	fmt.Printf("%1.d|%.d|%3.x|\n", 0, 0, 0)
	fmt.Printf("%!d(BADARG)\n", 1)
	fmt.Println(fmt.Sprintf("%d", 1, 2), fmt.Sprintf("no verbs", 3))
	fmt.Printf("%[1]d %d\n", 1, 2)
	fmt.Printf("%.2[1]f|%[1].2f\n", 3.14159)
}

// CHECK: %!d(string=str)|%!s(int=5)|%!t(int=1)|%!x(bool=true)|%!c(float64=2.5)|%!e(string=e)|%!q(float64=1.5)
// CHECK-NEXT: %!z(int=1) %!z(string=a) %!z(<nil>)
// CHECK-NEXT: 1 %!d(MISSING)
// CHECK-NEXT: 1
// CHECK-NEXT: %!(EXTRA int=2, string=three, <nil>, main.T={4})%!!(MISSING)
// CHECK-NEXT: %!(NOVERB)
// CHECK-NEXT: 100%
// CHECK-NEXT: %|%|
// CHECK-NEXT:     1|2    |%!(BADWIDTH)3
// CHECK-NEXT: 07|%!(BADPREC)8
// CHECK-NEXT: %!(BADWIDTH)1
// CHECK-NEXT: 2 1
// CHECK-NEXT: 3 1 2
// CHECK-NEXT: %!d(BADINDEX)
// CHECK-NEXT: %!d(BADINDEX) %!d(BADINDEX) %!
// CHECK-NEXT: (BADINDEX) 12|           3
// CHECK-NEXT: 2|%!f(int=      01)
// CHECK-NEXT: 5 5 6
// CHECK-NEXT: 64 40 100
// CHECK-NEXT: %!p(int=5) %!p(string=x)
// CHECK-NEXT: <nil> %!d(<nil>)
// CHECK-NEXT: <nil> int {0}
// CHECK-NEXT: {%!s(int=1)}
// CHECK-NEXT: [%!d(string=a)]
// CHECK-NEXT: %!w(*errors.errorString=&{e})
// CHECK-NEXT: %!ä(int=1)|%!☺(int=2)
// CHECK-NEXT: 1         |2         |+3   |
// CHECK-NEXT:  ||   |
// CHECK-NEXT: %!!(int=1)d(BADARG)
// CHECK-NEXT: 1%!(EXTRA int=2) no verbs%!(EXTRA int=3)
// CHECK-NEXT: 1 2
// CHECK-NEXT: 3.14|%!f(BADINDEX)
