// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Named integer types do not mix without conversion.

package main

type Meters int
type Feet int

func main() {
	var m Meters = 1
	var f Feet = 2
	println(m + f)
}

// CHECK: {{.*}}mismatched_types_named.go:12:10: invalid operation: m + f (mismatched types Meters and Feet)
