// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Dial and Listen errors: *net.OpError with Go's texts for a refused
// connection, an unknown network, a missing port, a host that is not an
// address, and a port already in use.

package main

import (
	"errors"
	"net"
)

// replace returns s with every old replaced by new.
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
	_, err := net.Dial("tcp", "127.0.0.1:1")
	println(err.Error())
	var op *net.OpError
	if errors.As(err, &op) {
		println(op.Op, op.Net, op.Source == nil, op.Addr.String(), op.Addr.Network(), op.Timeout())
	}

	_, err = net.Dial("tcp4", "127.0.0.1:1")
	println(err.Error())
	_, err = net.Dial("foo", "127.0.0.1:1")
	println(err.Error())
	_, err = net.Dial("tcp", "127.0.0.1")
	println(err.Error())
	_, err = net.Listen("tcp", "[::1")
	println(err.Error())

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	addr := ln.Addr().String()
	_, err = net.Listen("tcp", addr)
	println(replace(err.Error(), addr, "ADDR"))
	ln.Close()

	ln, err = net.Listen("tcp4", ":0")
	if err != nil {
		panic(err)
	}
	a := ln.Addr().(*net.TCPAddr)
	println(a.IP.String(), a.Port > 0, a.Network())
	ln.Close()
}

// CHECK: dial tcp 127.0.0.1:1: connect: connection refused
// CHECK-NEXT: dial tcp true 127.0.0.1:1 tcp false
// CHECK-NEXT: dial tcp4 127.0.0.1:1: connect: connection refused
// CHECK-NEXT: dial foo: unknown network foo
// CHECK-NEXT: dial tcp: address 127.0.0.1: missing port in address
// CHECK-NEXT: listen tcp: address [::1: missing ']' in address
// CHECK-NEXT: listen tcp ADDR: bind: address already in use
// CHECK-NEXT: 0.0.0.0 true tcp
