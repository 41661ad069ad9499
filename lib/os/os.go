// Package os is golite's minimal os package: Args and Exit. The full
// package (files, environment, errors) comes with the standard library
// issue.
package os

// Implemented by the runtime (runtime/os_linux.cpp).
func runtime_argc() int
func runtime_argv(i int) string
func runtime_exit(code int)

// Args hold the command-line arguments, starting with the program name.
var Args []string

func init() {
	n := runtime_argc()
	Args = make([]string, n)
	for i := 0; i < n; i++ {
		Args[i] = runtime_argv(i)
	}
}

// Exit causes the current program to exit with the given status code.
// Deferred functions are not run.
func Exit(code int) {
	runtime_exit(code)
}
