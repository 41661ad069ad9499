// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// && and || evaluate their right operand only when needed.

package main

func t(s string) bool { println("t", s); return true }
func f(s string) bool { println("f", s); return false }

func main() {
	println(f("a") && t("b"))
	println(t("c") || f("d"))
	println(t("e") && f("f") || t("g"))
	var p *int
	if p != nil && *p > 0 {
		println("unreachable")
	}
	println("safe")
}

// CHECK: f a
// CHECK-NEXT: false
// CHECK-NEXT: t c
// CHECK-NEXT: true
// CHECK-NEXT: t e
// CHECK-NEXT: f f
// CHECK-NEXT: t g
// CHECK-NEXT: true
// CHECK-NEXT: safe
