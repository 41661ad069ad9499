// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Interface methods are separated by semicolons.
// CHECK: {{.*}}interface_comma.go:7:5: syntax error: unexpected comma in interface type; possibly missing semicolon or newline or }
package main

type I interface {
	M(), N()
}

func main() {}
