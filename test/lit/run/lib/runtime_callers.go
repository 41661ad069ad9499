// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// runtime.Callers and CallersFrames: the frames from runtime.Callers
// itself down to runtime.goexit (lines checked for main.* frames only:
// golite's runtime frames are C++), skips, a short buffer, frames of a
// goroutine, and FuncForPC's Name, Entry and FileLine. (Frame.Func is
// nil for frames Go inlined: whether golite inlined the same ones is not
// checked.)

package main

import (
	"fmt"
	"runtime"
	"strings"
)

func list(tag string, skip, max int) {
	pcs := make([]uintptr, max)
	n := runtime.Callers(skip, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	fmt.Println(tag, "skip", skip, "max", max)
	for {
		fr, more := frames.Next()
		if strings.HasPrefix(fr.Function, "main.") {
			fmt.Println("\t", fr.Function, fr.Line, strings.HasSuffix(fr.File, "/runtime_callers.go"),
				fr.Func == nil || fr.Func.Name() == fr.Function && fr.Func.Entry() == fr.Entry,
				fr.Entry <= fr.PC)
		} else {
			fmt.Println("\t", fr.Function)
		}
		if !more {
			break
		}
	}
}

type S struct{}

func (S) walk(depth int) {
	if depth > 0 {
		S{}.walk(depth - 1)
		return
	}
	list("method", 0, 20)
}

func outer() { inner() }
func inner() { list("inner", 2, 20) }

func main() {
	list("main", 0, 20)
	list("main", 1, 20)
	list("short", 0, 2)
	S{}.walk(2)
	outer()
	done := make(chan bool)
	go func() {
		list("goroutine", 1, 20)
		done <- true
	}()
	<-done
	var pcs [1]uintptr
	fmt.Println(runtime.Callers(100, pcs[:]), runtime.Callers(0, nil))
	frames := runtime.CallersFrames(nil)
	fr, more := frames.Next()
	fmt.Println(fr.Function == "", fr.PC, more)

	pc, file, line, _ := runtime.Caller(0)
	fn := runtime.FuncForPC(pc)
	ff, fl := fn.FileLine(pc)
	fmt.Println(fn.Name(), ff == file, fl == line, fn.Entry() <= pc)
	fmt.Println(runtime.FuncForPC(0) == nil, runtime.FuncForPC(0).Name() == "")
}

// CHECK: main skip 0 max 20
// CHECK-NEXT: 	 runtime.Callers
// CHECK-NEXT: 	 main.list 19 true true true
// CHECK-NEXT: 	 main.main 51 true true true
// CHECK-NEXT: 	 runtime.main
// CHECK-NEXT: 	 runtime.goexit
// CHECK-NEXT: main skip 1 max 20
// CHECK-NEXT: 	 main.list 19 true true true
// CHECK-NEXT: 	 main.main 52 true true true
// CHECK-NEXT: 	 runtime.main
// CHECK-NEXT: 	 runtime.goexit
// CHECK-NEXT: short skip 0 max 2
// CHECK-NEXT: 	 runtime.Callers
// CHECK-NEXT: 	 main.list 19 true true true
// CHECK-NEXT: method skip 0 max 20
// CHECK-NEXT: 	 runtime.Callers
// CHECK-NEXT: 	 main.list 19 true true true
// CHECK-NEXT: 	 main.S.walk 44 true true true
// CHECK-NEXT: 	 main.S.walk 41 true true true
// CHECK-NEXT: 	 main.S.walk 41 true true true
// CHECK-NEXT: 	 main.main 54 true true true
// CHECK-NEXT: 	 runtime.main
// CHECK-NEXT: 	 runtime.goexit
// CHECK-NEXT: inner skip 2 max 20
// CHECK-NEXT: 	 main.inner 48 true true true
// CHECK-NEXT: 	 main.outer 47 true true true
// CHECK-NEXT: 	 main.main 55 true true true
// CHECK-NEXT: 	 runtime.main
// CHECK-NEXT: 	 runtime.goexit
// CHECK-NEXT: goroutine skip 1 max 20
// CHECK-NEXT: 	 main.list 19 true true true
// CHECK-NEXT: 	 main.main.func1 58 true true true
// CHECK-NEXT: 	 runtime.goexit
// CHECK-NEXT: 0 0
// CHECK-NEXT: true 0 false
// CHECK-NEXT: main.main true true true
// CHECK-NEXT: true true
