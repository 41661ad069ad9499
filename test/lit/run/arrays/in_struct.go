// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Arrays inside structs are copied with the struct.

package main

type Buf struct {
	data [4]byte
	n    int
}

func main() {
	var b Buf
	b.data[0] = 'x'
	b.n = 1
	c := b
	c.data[0] = 'y'
	println(string(b.data[:b.n]), string(c.data[:c.n]))
	println(b == c, b.data == [4]byte{'x'})
}

// CHECK: x y
// CHECK-NEXT: false true
