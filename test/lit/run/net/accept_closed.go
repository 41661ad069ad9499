// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A goroutine blocked in Accept is woken by Close of the listener and gets
// "use of closed network connection"; a second Close fails the same way.

package main

import (
	"errors"
	"net"
	"time"
)

func replace(s, old, new string) string {
	out := ""
	for i := 0; i < len(s); {
		if i+len(old) <= len(s) && s[i:i+len(old)] == old {
			out += new
			i += len(old)
			continue
		}
		out += s[i : i+1]
		i++
	}
	return out
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	addr := ln.Addr().String()
	res := make(chan error)
	go func() {
		c, err := ln.Accept()
		if c != nil {
			println("accept returned a connection")
		}
		res <- err
	}()
	time.Sleep(50 * time.Millisecond) // let it block in Accept
	println("closing")
	println(ln.Close() == nil)
	err = <-res
	println(replace(err.Error(), addr, "ADDR"))
	println(errors.Is(err, net.ErrClosed), err.(net.Error).Timeout())
	println(replace(ln.Close().Error(), addr, "ADDR"))
	_, err = ln.Accept()
	println(replace(err.Error(), addr, "ADDR"))
}

// CHECK: closing
// CHECK-NEXT: true
// CHECK-NEXT: accept tcp ADDR: use of closed network connection
// CHECK-NEXT: true false
// CHECK-NEXT: close tcp ADDR: use of closed network connection
// CHECK-NEXT: accept tcp ADDR: use of closed network connection
