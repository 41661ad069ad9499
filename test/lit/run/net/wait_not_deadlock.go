// RUN: %golite build -o %t %s && %run %t 2>&1 | python3 %S/Inputs/tcp_client.py | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// The only goroutine blocks in Accept, then in Read, while a client in
// another process waits half a second before connecting: a goroutine
// waiting in the netpoller may still be woken, so this is not a deadlock.

package main

import "net"

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	println("port", ln.Addr().(*net.TCPAddr).Port)
	c, err := ln.Accept()
	if err != nil {
		panic(err)
	}
	buf := make([]byte, 5)
	n, err := c.Read(buf)
	println("server got:", n, string(buf[:4]), buf[4] == '\n', err == nil)
	c.Write([]byte("pong\n"))
	c.Close()
	ln.Close()
}

// CHECK: client got: pong
// CHECK-NEXT: server got: 5 ping true true
