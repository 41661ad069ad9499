// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// go evaluates the function value and arguments at the go statement:
// plain calls, closures, method values, interface methods and builtins.

package main

type Counter struct{ n int }

func (c Counter) Report(done chan<- string, tag string) { println(tag, c.n); done <- tag }
func (c *Counter) Add(done chan<- string, k int)        { c.n += k; done <- "add" }

type Reporter interface {
	Report(done chan<- string, tag string)
}

func work(done chan<- string, a, b int, s string) {
	println("work", a, b, s)
	done <- s
}

func sum(done chan<- string, xs ...int) {
	t := 0
	for _, x := range xs {
		t += x
	}
	println("sum", t)
	done <- "sum"
}

func main() {
	done := make(chan string)
	x := 1
	go work(done, x, x*10, "plain")
	x = 2
	println("done:", <-done)

	c := Counter{5}
	go c.Report(done, "value receiver")
	c.n = 6
	println("done:", <-done)

	m := c.Report
	c.n = 7
	go m(done, "method value")
	println("done:", <-done)

	var r Reporter = c
	c.n = 8
	go r.Report(done, "interface")
	println("done:", <-done)

	p := &c
	go p.Add(done, 100)
	println("done:", <-done, c.n)

	y := 3
	go func(v int) {
		println("closure arg", v, "captured", y)
		done <- "closure"
	}(y)
	<-done
	y = 4

	f := func() {
		println("func value", y)
		done <- "fv"
	}
	go f()
	<-done

	go sum(done, 1, 2, 3, x)
	<-done

	finished := make(chan bool)
	go func() {
		println("no args")
		finished <- true
	}()
	<-finished

	closed := make(chan int)
	go close(closed)
	v, ok := <-closed
	println("builtin close", v, ok)
	for i := 0; i < 3; i++ {
		go func(i int) { done <- string(rune('a' + i)) }(i)
	}
	got := map[string]bool{}
	for i := 0; i < 3; i++ {
		got[<-done] = true
	}
	println(got["a"], got["b"], got["c"], len(got))
}

// CHECK: work 1 10 plain
// CHECK-NEXT: done: plain
// CHECK-NEXT: value receiver 5
// CHECK-NEXT: done: value receiver
// CHECK-NEXT: method value 6
// CHECK-NEXT: done: method value
// CHECK-NEXT: interface 7
// CHECK-NEXT: done: interface
// CHECK-NEXT: done: add 108
// CHECK-NEXT: closure arg 3 captured 3
// CHECK-NEXT: func value 4
// CHECK-NEXT: sum 8
// CHECK-NEXT: no args
// CHECK-NEXT: builtin close 0 false
// CHECK-NEXT: true true true 3
