// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Escape sequences in interpreted and raw string literals.

package main

func main() {
	println("tab\there", "quote\"", `raw\n`, len("\a\b\f\n\r\t\v\\"))
	println("\x41\102\u0043", len("\u00e9"), len("\U0001F600"))
	println(`multi
line`)
}

// CHECK: tab	here quote" raw\n 8
// CHECK-NEXT: ABC 2 4
// CHECK-NEXT: multi
// CHECK-NEXT: line
