// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Reading to the end of a stream: the peer writes and closes, the reader
// gets the data and then exactly io.EOF (not wrapped); a Read or Write on a
// connection closed locally fails with "use of closed network connection"
// (net.ErrClosed), and so does a second Close.

package main

import (
	"errors"
	"io"
	"net"
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
	go func() {
		c, err := ln.Accept()
		if err != nil {
			panic(err)
		}
		c.Write([]byte("goodbye"))
		c.Close()
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	println(c.RemoteAddr().String() == ln.Addr().String(), c.LocalAddr().Network())
	data, err := io.ReadAll(c)
	println(string(data), err == nil)
	n, err := c.Read(make([]byte, 8))
	println(n, err == io.EOF, err.Error())
	n, err = c.Read(nil)
	println(n, err == nil)

	local, remote := c.LocalAddr().String(), c.RemoteAddr().String()
	clean := func(s string) string { return replace(replace(s, local, "LOCAL"), remote, "REMOTE") }
	println(c.Close() == nil)
	_, err = c.Read(make([]byte, 8))
	println(clean(err.Error()), errors.Is(err, net.ErrClosed))
	_, err = c.Write([]byte("x"))
	println(clean(err.Error()), errors.Is(err, net.ErrClosed))
	err = c.Close()
	println(clean(err.Error()))
	ln.Close()
}

// CHECK: true tcp
// CHECK-NEXT: goodbye true
// CHECK-NEXT: 0 true EOF
// CHECK-NEXT: 0 true
// CHECK-NEXT: true
// CHECK-NEXT: read tcp LOCAL->REMOTE: use of closed network connection true
// CHECK-NEXT: write tcp LOCAL->REMOTE: use of closed network connection true
// CHECK-NEXT: close tcp LOCAL->REMOTE: use of closed network connection
