// RUN: %golite build -o %t %s && sh -c 'ulimit -S -n 1024 && exec env GOMAXPROCS=1 %run %t' 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// 1,000 loopback TCP connections open at once with GOMAXPROCS=1: a server
// goroutine per connection echoes, 1,000 client goroutines each write a
// message and read it back. Barriers make all 1,000 server goroutines block
// in Read at once, and then all 1,000 clients. A blocked Read parks the
// goroutine in the netpoller, not the thread, so the process's thread
// count (/proc/self/status) stays small. The soft open-file limit starts at
// 1,024 (2,000 sockets do not fit): package os raises it to the hard limit
// at start-up, as Go 1.19 does.

package main

import (
	"io"
	"net"
	"os"
	"sync"
)

const N = 1000

// maxThreads is generous for a runtime that parks goroutines (Go 1.19
// uses 5-8 threads here) and far below one thread per blocked connection.
const maxThreads = 24

func threads() int {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		panic(err)
	}
	s := string(data)
	for i := 0; i+8 <= len(s); i++ {
		if (i == 0 || s[i-1] == '\n') && s[i:i+8] == "Threads:" {
			n := 0
			for j := i + 8; j < len(s) && s[j] != '\n'; j++ {
				if s[j] >= '0' && s[j] <= '9' {
					n = n*10 + int(s[j]-'0')
				}
			}
			return n
		}
	}
	panic("no Threads: line")
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	s := ""
	for ; v > 0; v /= 10 {
		s = string(rune('0'+v%10)) + s
	}
	return s
}

func message(i int) string { return "message from client " + itoa(i) + ";" }

var (
	maxSeen int
	mu      sync.Mutex
)

func sample() {
	t := threads()
	mu.Lock()
	if t > maxSeen {
		maxSeen = t
	}
	mu.Unlock()
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	addr := ln.Addr().String()

	var serverReading sync.WaitGroup // server goroutines about to block in Read
	var serverGot sync.WaitGroup     // messages received by the server
	var clientsWrote sync.WaitGroup  // clients about to block in Read
	serverReading.Add(N)
	serverGot.Add(N)
	clientsWrote.Add(N)
	startClients := make(chan struct{})
	echoNow := make(chan struct{})
	serverErrs := make(chan error, N)

	go func() {
		for i := 0; i < N; i++ {
			c, err := ln.Accept()
			if err != nil {
				serverErrs <- err
				serverReading.Done()
				serverGot.Done()
				continue
			}
			go func(c net.Conn) {
				defer c.Close()
				buf := make([]byte, 64)
				serverReading.Done()
				n, err := c.Read(buf) // all N server goroutines block here
				serverGot.Done()
				if err != nil {
					serverErrs <- err
					return
				}
				<-echoNow
				if _, err := c.Write(buf[:n]); err != nil {
					serverErrs <- err
				}
			}(c)
		}
	}()

	var done sync.WaitGroup
	done.Add(N)
	ok := make([]bool, N)
	var connected sync.WaitGroup
	connected.Add(N)
	for i := 0; i < N; i++ {
		go func(i int) {
			defer done.Done()
			c, err := net.Dial("tcp", addr)
			connected.Done()
			if err != nil {
				println("dial:", err.Error())
				clientsWrote.Done()
				return
			}
			defer c.Close()
			<-startClients
			msg := message(i)
			if _, err := c.Write([]byte(msg)); err != nil {
				println("write:", err.Error())
				clientsWrote.Done()
				return
			}
			clientsWrote.Done()
			buf := make([]byte, len(msg))
			if _, err := io.ReadFull(c, buf); err != nil { // all N clients block here
				println("read:", err.Error())
				return
			}
			ok[i] = string(buf) == msg
		}(i)
	}

	connected.Wait()
	serverReading.Wait()
	println("all connected")
	sample() // N server goroutines blocked in Read
	close(startClients)
	clientsWrote.Wait()
	serverGot.Wait()
	sample() // N clients blocked in Read, N servers waiting to echo
	close(echoNow)
	done.Wait()

	good := 0
	for _, b := range ok {
		if b {
			good++
		}
	}
	println("echoes verified:", good)
	select {
	case err := <-serverErrs:
		println("server error:", err.Error())
	default:
	}
	if maxSeen > 0 && maxSeen <= maxThreads {
		println("threads ok")
	} else {
		println("threads:", maxSeen)
	}
	ln.Close()
}

// CHECK: all connected
// CHECK-NEXT: echoes verified: 1000
// CHECK-NEXT: threads ok
