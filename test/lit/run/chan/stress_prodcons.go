// RUN: %golite build -O2 -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} -DPROCS=1 %s
// RUN: env GOMAXPROCS=2 %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} -DPROCS=2 %s
// RUN: env GOMAXPROCS=8 %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} -DPROCS=8 %s
// Stress: 10,000,000 values in all pass from N producers to M consumers
// through unbuffered and buffered channels, received directly and through
// select, at GOMAXPROCS 1, 2 and 8; every sum received equals the sum sent.

package main

import (
	"os"
	"runtime"
	"sync"
)

// atoi parses a decimal argument (no strconv here).
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// run passes total values from np producers to nc consumers through a
// channel of capacity buf; consumers either receive directly or through a
// select that also watches a quit channel. It returns the sums sent and
// received and the number of values received.
func run(np, nc, buf, total int, useSelect bool) (sent, recvd int64, count int) {
	c := make(chan int64, buf)
	quit := make(chan struct{})
	var pw, cw sync.WaitGroup
	sums := make([]int64, np)
	per := total / np
	for p := 0; p < np; p++ {
		pw.Add(1)
		go func(p int) {
			defer pw.Done()
			var s int64
			base := int64(p) * int64(per)
			for i := 0; i < per; i++ {
				v := base + int64(i)*7 + 1
				s += v
				c <- v
			}
			sums[p] = s
		}(p)
	}
	rsums := make([]int64, nc)
	counts := make([]int, nc)
	for k := 0; k < nc; k++ {
		cw.Add(1)
		go func(k int) {
			defer cw.Done()
			var s int64
			n := 0
			if useSelect {
				for {
					select {
					case v, ok := <-c:
						if !ok {
							rsums[k], counts[k] = s, n
							return
						}
						s += v
						n++
					case <-quit:
						panic("quit closed early")
					}
				}
			}
			for v := range c {
				s += v
				n++
			}
			rsums[k], counts[k] = s, n
		}(k)
	}
	pw.Wait()
	close(c)
	cw.Wait()
	for _, s := range sums {
		sent += s
	}
	for k := range rsums {
		recvd += rsums[k]
		count += counts[k]
	}
	return
}

func main() {
	total := 10000000
	if len(os.Args) > 1 {
		total = atoi(os.Args[1])
	}
	println("GOMAXPROCS", runtime.GOMAXPROCS(0))
	for _, cfg := range []struct {
		np, nc, buf int
		sel         bool
	}{{4, 4, 0, false}, {4, 4, 128, false}, {8, 2, 16, true}, {2, 8, 0, true}} {
		n := total / 4
		sent, recvd, count := run(cfg.np, cfg.nc, cfg.buf, n, cfg.sel)
		println("np", cfg.np, "nc", cfg.nc, "buf", cfg.buf, "select", cfg.sel, "count", count, "equal", sent == recvd, "sum", recvd)
	}
}

// CHECK: GOMAXPROCS [[PROCS]]
// CHECK-NEXT: np 4 nc 4 buf 0 select false count 2500000 equal true sum 7812493750000
// CHECK-NEXT: np 4 nc 4 buf 128 select false count 2500000 equal true sum 7812493750000
// CHECK-NEXT: np 8 nc 2 buf 16 select true count 2500000 equal true sum 5468743750000
// CHECK-NEXT: np 2 nc 8 buf 0 select true count 2500000 equal true sum 12499993750000
