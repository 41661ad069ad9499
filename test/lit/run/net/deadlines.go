// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Deadlines: a Read blocked past its deadline fails with "i/o timeout"
// (Timeout() true), a deadline already in the past fails at once, clearing
// the deadline lets Read wait for data again, and a listener deadline
// ends a blocked Accept.

package main

import (
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
	srv := make(chan net.Conn)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			panic(err)
		}
		srv <- c
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	s := <-srv
	clean := func(e string) string {
		return replace(replace(e, c.LocalAddr().String(), "LOCAL"), c.RemoteAddr().String(), "REMOTE")
	}

	start := time.Now()
	c.SetReadDeadline(time.Now().Add(50 * time.Millisecond))
	buf := make([]byte, 16)
	n, err := c.Read(buf)
	el := time.Since(start)
	println(n, clean(err.Error()), err.(net.Error).Timeout(), el >= 50*time.Millisecond, el < 5*time.Second)

	c.SetReadDeadline(time.Now().Add(-time.Second))
	s.Write([]byte("data"))
	time.Sleep(10 * time.Millisecond)
	_, err = c.Read(buf)
	println(clean(err.Error()))

	c.SetReadDeadline(time.Time{})
	n, err = c.Read(buf)
	println(n, string(buf[:n]), err == nil)

	go func() {
		time.Sleep(30 * time.Millisecond)
		s.Write([]byte("late"))
	}()
	c.SetDeadline(time.Now().Add(10 * time.Second))
	n, err = c.Read(buf)
	println(n, string(buf[:n]), err == nil)

	tl := ln.(*net.TCPListener)
	tl.SetDeadline(time.Now().Add(20 * time.Millisecond))
	_, err = ln.Accept()
	println(replace(err.Error(), ln.Addr().String(), "ADDR"), err.(net.Error).Timeout())
	c.Close()
	s.Close()
	ln.Close()
}

// CHECK: 0 read tcp LOCAL->REMOTE: i/o timeout true true true
// CHECK-NEXT: read tcp LOCAL->REMOTE: i/o timeout
// CHECK-NEXT: 4 data true
// CHECK-NEXT: 4 late true
// CHECK-NEXT: accept tcp ADDR: i/o timeout true
