// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A function without a body (and no assembly) cannot be linked: gc reports
// it once type checking has succeeded.
// REQUIRES: golite
// (go-as-golite.sh gets this error from go build, which adds a
// "# command-line-arguments" line.)

package main

func external(x int) int

func main() {
	println(external(1))
}

// CHECK: {{.*}}missing_function_body.go:10:6: missing function body
