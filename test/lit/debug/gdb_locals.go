// REQUIRES: golite, gdb
// RUN: %golite build -gcflags='-N -l' -o %t %s
// RUN: gdb -nx -batch -ex 'handle SIGSEGV nostop noprint pass' -ex 'handle SIGPWR nostop noprint pass' \
// RUN:   -ex 'handle SIGXCPU nostop noprint pass' -ex 'break gdb_locals.go:25' -ex run \
// RUN:   -ex 'info args' -ex 'info locals' -ex bt -ex 'frame 1' -ex 'info locals' %t 2>&1 \
// RUN:   | FileCheck %s
// A debug build (-gcflags='-N -l') carries DWARF that gdb uses: a
// breakpoint at file:line stops on that line, parameters and locals print
// with their Go types (strings as strings, structs with field names), and
// the backtrace names Go functions with their lines.

package main

type point struct {
	x, y int
	name string
}

func sum(xs []int, scale int) int {
	total := 0
	for _, x := range xs {
		total += x * scale
	}
	label := "sum"
	return total + len(label)
}

func main() {
	p := point{3, 4, "origin"}
	xs := []int{1, 2, 3}
	msg := "hello"
	n := sum(xs, 2)
	println(p.name, msg, n)
}

// CHECK: Breakpoint 1 at {{.*}}: file {{.*}}gdb_locals.go, line 25.
// CHECK: hit Breakpoint 1, main.sum (xs=..., scale=2) at {{.*}}gdb_locals.go:25
// CHECK-NEXT: 25 return total + len(label)
// CHECK-NEXT: xs = {array = 0x{{[0-9a-f]+}}, len = 3, cap = 3}
// CHECK-NEXT: scale = 2
// CHECK: total = 12
// CHECK: label = 0x{{[0-9a-f]+}} "sum"
// CHECK: #0  main.sum (xs=..., scale=2) at {{.*}}gdb_locals.go:25
// CHECK-NEXT: #1  0x{{[0-9a-f]+}} in main.main () at {{.*}}gdb_locals.go:32
// CHECK: p = {x = 3, y = 4, name = 0x{{[0-9a-f]+}} "origin"}
// CHECK-NEXT: xs = {array = 0x{{[0-9a-f]+}}, len = 3, cap = 3}
// CHECK-NEXT: msg = 0x{{[0-9a-f]+}} "hello"
// CHECK-NEXT: n = 0
