// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// runtime.Caller: skips 0..3 through plain calls, a method (pointer and
// value receiver), function literals (nested), a deferred call, a
// goroutine, and skips beyond the stack (ok=false); file is the absolute
// path of the source. Small functions here are inlined by golite's
// optimizer and must still report their own frames, as Go does.

package main

import (
	"fmt"
	"runtime"
	"strings"
)

// show prints the frame skip levels above it (0: show itself).
func show(tag string, skip int) {
	pc, file, line, ok := runtime.Caller(skip)
	name := "?"
	if f := runtime.FuncForPC(pc); f != nil {
		name = f.Name()
	}
	abs := strings.HasPrefix(file, "/")
	if i := strings.LastIndexByte(file, '/'); i >= 0 {
		file = file[i+1:]
	}
	fmt.Println(tag, skip, name, file, line, ok, abs)
}

type T struct{ n int }

func (t *T) M() {
	show("method", 1)
}

func (t T) V() { show("value", 1) }

func a() { b() }
func b() { c() }
func c() {
	for i := 0; i <= 3; i++ {
		show("depth", i)
	}
}

func beyond(skip int) bool {
	_, _, _, ok := runtime.Caller(skip)
	return ok
}

func main() {
	show("main", 0)
	show("main", 1)
	a()
	t := &T{}
	t.M()
	T{}.V()
	f := func() {
		show("closure", 1)
		show("closure", 2)
		func() {
			show("nested", 1)
		}()
	}
	f()
	func() {
		defer func() {
			show("defer", 1)
			show("defer", 2)
		}()
	}()
	done := make(chan bool)
	go func() {
		show("goroutine", 1)
		fmt.Println("goroutine beyond", beyond(3), beyond(100))
		done <- true
	}()
	<-done
	fmt.Println("beyond", beyond(4), beyond(5), beyond(1000), beyond(-1))
	_, file, line, ok := runtime.Caller(0)
	fmt.Println(strings.HasSuffix(file, "/runtime_caller.go"), line, ok)
}

// CHECK: main 0 main.show runtime_caller.go 18 true true
// CHECK-NEXT: main 1 main.main runtime_caller.go 53 true true
// CHECK-NEXT: depth 0 main.show runtime_caller.go 18 true true
// CHECK-NEXT: depth 1 main.c runtime_caller.go 42 true true
// CHECK-NEXT: depth 2 main.b runtime_caller.go 39 true true
// CHECK-NEXT: depth 3 main.a runtime_caller.go 38 true true
// CHECK-NEXT: method 1 main.(*T).M runtime_caller.go 33 true true
// CHECK-NEXT: value 1 main.T.V runtime_caller.go 36 true true
// CHECK-NEXT: closure 1 main.main.func1 runtime_caller.go 59 true true
// CHECK-NEXT: closure 2 main.main runtime_caller.go 65 true true
// CHECK-NEXT: nested 1 main.main.func1.1 runtime_caller.go 62 true true
// CHECK-NEXT: defer 1 main.main.func2.1 runtime_caller.go 68 true true
// CHECK-NEXT: defer 2 main.main.func2 runtime_caller.go 71 true true
// CHECK-NEXT: goroutine 1 main.main.func3 runtime_caller.go 74 true true
// CHECK-NEXT: goroutine beyond false false
// CHECK-NEXT: beyond false false false true
// CHECK-NEXT: true 80 true
