// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// v, ok := <-c: buffered values first, then zero values and false.

package main

type T struct {
	x int
	s string
}

func main() {
	c := make(chan int, 2)
	c <- 7
	close(c)
	v, ok := <-c
	println(v, ok)
	v, ok = <-c
	println(v, ok)
	println(<-c)
	<-c
	var m = map[string]int{}
	var oks [2]bool
	m["k"], oks[1] = <-c
	println(m["k"], oks[0], oks[1])
	_, ok2 := <-c
	println(ok2)

	s := make(chan string, 1)
	s <- "hello"
	close(s)
	str, ok := <-s
	println(str, ok)
	str, ok = <-s
	println(len(str), ok)

	t := make(chan T, 1)
	t <- T{3, "three"}
	close(t)
	tv, ok := <-t
	println(tv.x, tv.s, ok)
	tv, ok = <-t
	println(tv.x, tv.s == "", ok)

	if x, ok := <-c; !ok {
		println("closed", x)
	}
	var p *int
	pc := make(chan *int, 1)
	close(pc)
	p = <-pc
	println(p == nil)
}

// CHECK: 7 true
// CHECK-NEXT: 0 false
// CHECK-NEXT: 0
// CHECK-NEXT: 0 false false
// CHECK-NEXT: false
// CHECK-NEXT: hello true
// CHECK-NEXT: 0 false
// CHECK-NEXT: 3 three true
// CHECK-NEXT: 0 true false
// CHECK-NEXT: closed 0
// CHECK-NEXT: true
