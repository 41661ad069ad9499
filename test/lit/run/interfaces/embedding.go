// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Interfaces embed interfaces; a value satisfies both.

package main

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buf struct{ data string }

func (b *Buf) Read() string    { return b.data }
func (b *Buf) Write(s string) { b.data += s }

func main() {
	var rw ReadWriter = &Buf{}
	rw.Write("hello ")
	rw.Write("world")
	var r Reader = rw
	println(r.Read())
	w := Writer(rw)
	w.Write("!")
	println(rw.Read())
}

// CHECK: hello world
// CHECK-NEXT: hello world!
