// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Common iota patterns: bit flags, skipped values, several per line, KB/MB.

package main

const (
	FlagA = 1 << iota
	FlagB
	FlagC
	FlagD
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota + 10
	c, d
	e, f
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func main() {
	println(FlagA, FlagB, FlagC, FlagD, FlagA|FlagC)
	println(KB, MB, GB)
	println(a, b, c, d, e, f)
	println(Sunday, Monday, Tuesday)
}

// CHECK: 1 2 4 8 5
// CHECK-NEXT: 1024 1048576 1073741824
// CHECK-NEXT: 0 10 1 11 2 12
// CHECK-NEXT: 0 1 2
