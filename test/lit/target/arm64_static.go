// RUN: env GOARCH=arm64 %golite build -o %t %s
// RUN: llvm-readelf -h -l %t | FileCheck --check-prefix=ELF %s
// RUN: qemu-aarch64 %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// RUN: env GOARCH=arm64 %golite version | FileCheck --check-prefix=VERSION %s
// REQUIRES: golite, cross-arm64, qemu-aarch64
// GOARCH=arm64 golite build makes a static linux/arm64 executable (no
// program interpreter: qemu-aarch64 runs it without -L) whose runtime
// works: several results and a large struct through a func value, a nil
// dereference recovered from SIGSEGV, goroutines, channels and select.
// The expected output is Go 1.19's (GOARCH=arm64 go build, qemu-aarch64).

package main

import (
	"os"
	"runtime"
)

type Big struct{ a, b, c, d, e, f, g, h, i, j int }

func sum(b Big, k float64, s string) (int, float64, string, Big) {
	return b.a + b.b + b.c + b.d + b.e + b.f + b.g + b.h + b.i + b.j, k * 2, s + s, Big{a: b.j, j: b.a}
}

type T struct{ p *int }

func deref(t *T) (r int) {
	defer func() {
		if e := recover(); e != nil {
			println("recovered:", e.(error).Error())
			r = -1
		}
	}()
	return *t.p
}

func main() {
	println("GOARCH", runtime.GOARCH, len(os.Args))
	f := sum
	n, k, s, b := f(Big{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 1.25, "ab")
	println(n, k, s, b.a, b.j)
	println(deref(&T{}))
	ch := make(chan int)
	done := make(chan bool)
	for i := 0; i < 4; i++ {
		go func(i int) {
			for j := 0; j < 1000; j++ {
				ch <- i
			}
			done <- true
		}(i)
	}
	total, finished := 0, 0
	for finished < 4 {
		select {
		case v := <-ch:
			total += v
		case <-done:
			finished++
		}
	}
	println("total", total)
}

// ELF: Class: ELF64
// ELF: Type: EXEC (Executable file)
// ELF: Machine: AArch64
// ELF-NOT: INTERP
// ELF-NOT: Requesting program interpreter

// VERSION: golite version {{.*}} linux/arm64

// CHECK: GOARCH arm64 1
// CHECK-NEXT: 55 +2.500000e+000 abab 10 1
// CHECK-NEXT: recovered: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: -1
// CHECK-NEXT: total 6000
