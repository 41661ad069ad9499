// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// iota outside a constant declaration.

package main

func main() {
	x := iota
	_ = x
}

// CHECK: {{.*}}iota_outside_const.go:7:7: cannot use iota outside constant declaration
