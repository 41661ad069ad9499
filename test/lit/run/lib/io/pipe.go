// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// io.Pipe: a write is consumed by several reads, Close gives the reader
// EOF, CloseWithError passes the error, and writes after the reader closed
// fail with ErrClosedPipe.

package main

import (
	"errors"
	"io"
)

func main() {
	r, w := io.Pipe()
	go func() {
		w.Write([]byte("hello, pipe"))
		w.Write([]byte("!"))
		w.Close()
	}()
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		if err != nil {
			println("read err:", err.Error(), err == io.EOF)
			break
		}
		println("read:", string(buf[:n]))
	}

	r2, w2 := io.Pipe()
	go w2.CloseWithError(errors.New("producer failed"))
	_, err := io.ReadAll(r2)
	println("readall:", err.Error())

	r3, w3 := io.Pipe()
	r3.Close()
	n, err := w3.Write([]byte("x"))
	println("write:", n, err.Error(), err == io.ErrClosedPipe)
	_, err = r3.Read(buf)
	println("read closed:", err.Error())
}

// CHECK: read: hell
// CHECK-NEXT: read: o, p
// CHECK-NEXT: read: ipe
// CHECK-NEXT: read: !
// CHECK-NEXT: read err: EOF true
// CHECK-NEXT: readall: producer failed
// CHECK-NEXT: write: 0 io: read/write on closed pipe true
// CHECK-NEXT: read closed: io: read/write on closed pipe
