// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// runtime.Caller and CallersFrames from deferred functions: run by a panic
// the caller is runtime.gopanic, run by Goexit runtime.Goexit, then the
// function whose defer it was; run at a normal return, that function.

package main

import (
	"fmt"
	"runtime"
)

func show(tag string, from int) {
	for i := from; i < from+3; i++ {
		pc, _, _, ok := runtime.Caller(i)
		name := "?"
		if f := runtime.FuncForPC(pc); f != nil {
			name = f.Name()
		}
		fmt.Println(tag, i, name, ok)
	}
}

func f() {
	defer func() {
		show("panic", 1)
		recover()
	}()
	panic("x")
}

func g(done chan bool) {
	defer close(done)
	defer func() { show("goexit", 1) }()
	runtime.Goexit()
}

func h() {
	defer func() { show("return", 1) }()
}

func main() {
	f()
	done := make(chan bool)
	go g(done)
	<-done
	h()
	pcs := make([]uintptr, 10)
	func() {
		defer func() {
			recover()
			n := runtime.Callers(1, pcs)
			fr := runtime.CallersFrames(pcs[:n])
			for {
				x, more := fr.Next()
				fmt.Println("frames", x.Function)
				if !more {
					break
				}
			}
		}()
		panic("y")
	}()
}

// CHECK: panic 1 main.f.func1 true
// CHECK-NEXT: panic 2 runtime.gopanic true
// CHECK-NEXT: panic 3 main.f true
// CHECK-NEXT: goexit 1 main.g.func1 true
// CHECK-NEXT: goexit 2 runtime.Goexit true
// CHECK-NEXT: goexit 3 main.g true
// CHECK-NEXT: return 1 main.h.func1 true
// CHECK-NEXT: return 2 main.h true
// CHECK-NEXT: return 3 main.main true
// CHECK-NEXT: frames main.main.func1.1
// CHECK-NEXT: frames runtime.gopanic
// CHECK-NEXT: frames main.main.func1
// CHECK-NEXT: frames main.main
// CHECK-NEXT: frames runtime.main
// CHECK-NEXT: frames runtime.goexit
