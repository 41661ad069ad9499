// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A newline inside a composite literal needs a trailing comma.
// CHECK: {{.*}}complit_newline.go:8:3: syntax error: unexpected newline in composite literal; possibly missing comma or }
package main

var x = []int{
	1,
	2
}
