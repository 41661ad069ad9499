// Package runtime is golite's package runtime: the Go-visible face of the
// C++ runtime in runtime/. Functions declared without a body are
// implemented there (runtime/proc.cpp: scheduler; runtime/atomic.cpp: GC,
// keepAlive).
package runtime

import "unsafe"

// GOOS is the running program's operating system target.
const GOOS = "linux"

// Compiler is the name of the compiler toolchain that built the running
// binary. golite mimics gc (Go's own compiler), whose output it matches.
const Compiler = "gc"

// Gosched yields the processor, allowing other goroutines to run. It does
// not suspend the current goroutine, so execution resumes automatically.
func Gosched()

// GOMAXPROCS sets the maximum number of CPUs that can be executing
// simultaneously and returns the previous setting. If n < 1, it does not
// change the current setting.
func GOMAXPROCS(n int) int

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// Goexit terminates the goroutine that calls it. No other goroutine is
// affected.
func Goexit()

// GC runs a garbage collection and blocks the caller until the garbage
// collection is complete.
func GC()

// NumCgoCall returns the number of cgo calls made by the current process
// (golite has no cgo).
func NumCgoCall() int64 { return 0 }

func keepAlive(p unsafe.Pointer)

// KeepAlive marks its argument as currently reachable. This ensures that
// the object is not freed, and its finalizer is not run, before the point
// in the program where KeepAlive is called.
func KeepAlive(x any) {
	// The data word of the interface is what keeps the object alive; the
	// opaque call makes it live up to here.
	keepAlive((*[2]unsafe.Pointer)(unsafe.Pointer(&x))[1])
}

// The Error interface identifies a run time error.
type Error interface {
	error
	// RuntimeError is a no-op function but serves to distinguish types
	// that are run time errors from ordinary errors: a type is a run time
	// error if it has a RuntimeError method.
	RuntimeError()
}
