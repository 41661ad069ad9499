// RUN: %golite build -o %t %s && env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// 1 MB each way through the poller with GOMAXPROCS=1: the client writes
// 1 MB while reading the server's 1 MB echo, so both sides fill the socket
// buffers and must wait for writability as well as readability.

package main

import (
	"io"
	"net"
	"os"
)

const size = 1 << 20

func pattern(i int) byte { return byte(i*7 + i>>9) }

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go func() {
		c, err := ln.Accept()
		if err != nil {
			panic(err)
		}
		n, err := io.Copy(c, c) // echo until the client's CloseWrite
		println("server echoed", n, err == nil)
		c.Close()
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	out := make([]byte, size)
	for i := range out {
		out[i] = pattern(i)
	}
	wrote := make(chan bool)
	go func() {
		n, err := c.Write(out)
		c.(*net.TCPConn).CloseWrite()
		wrote <- n == size && err == nil
	}()
	in, err := io.ReadAll(c)
	println("client wrote all:", <-wrote)
	println("client read", len(in), err == nil)
	bad := 0
	for i := range in {
		if in[i] != pattern(i) {
			bad++
		}
	}
	println("mismatches:", bad)
	c.Close()
	ln.Close()
	_ = os.Args
}

// CHECK: server echoed 1048576 true
// CHECK-NEXT: client wrote all: true
// CHECK-NEXT: client read 1048576 true
// CHECK-NEXT: mismatches: 0
