// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A newline inside an argument list needs a trailing comma.
// CHECK: {{.*}}arglist_newline.go:10:4: syntax error: unexpected newline in argument list; possibly missing comma or )
package main

func f(a, b int) {}

func main() {
	f(1,
		2
	)
}
