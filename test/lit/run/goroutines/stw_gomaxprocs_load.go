// RUN: %golite build -O2 -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// RUN: env GOMAXPROCS=2 %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// RUN: env GOMAXPROCS=8 %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Stop-the-world under load: one goroutine changes GOMAXPROCS over and
// over (each change stops every P at a safe point and restarts the world
// with the new count; ReadMemStats stops it too) while others spin in call-free loops (stopped
// through their back-edge polls), recurse (stopped in prologue checks),
// play channel ping-pong and sleep on timers. Every result must be exact
// and nothing may deadlock, starting from GOMAXPROCS 1, 2 and 8.

package main

import (
	"runtime"
	"time"
)

// spin is call-free: only its loop's back-edge poll can stop it.
func spin(seed uint64, n int) uint64 {
	x := seed
	for i := 0; i < n; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		x += uint64(i)
	}
	return x
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	procs := runtime.GOMAXPROCS(0)
	results := make(chan uint64, 16)
	done := make(chan bool)

	const spinners, fibbers, rounds = 3, 3, 6
	for i := 0; i < spinners; i++ {
		go func(i int) {
			var x uint64
			for r := 0; r < rounds; r++ {
				x += spin(uint64(i+1), 2000000)
			}
			results <- x
		}(i)
	}
	for i := 0; i < fibbers; i++ {
		go func(i int) {
			s := 0
			for r := 0; r < rounds; r++ {
				s += fib(20 + i)
			}
			results <- uint64(s)
		}(i)
	}
	// Ping-pong: 20,000 round trips; the sum of the values sent back.
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v * 2
		}
		close(pong)
	}()
	go func() {
		s := 0
		for v := 1; v <= 20000; v++ {
			ping <- v
			s += <-pong
		}
		close(ping)
		results <- uint64(s)
	}()
	// A sleeper: timers keep firing across the stops.
	ticks := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case <-done:
				ticks <- n
				return
			default:
			}
			time.Sleep(200 * time.Microsecond)
			n++
		}
	}()
	// The stopper: GOMAXPROCS procs <-> procs+1 until the workers finish,
	// and ReadMemStats (which stops the world too) in between.
	changes := make(chan int)
	go func() {
		n := 0
		var ms runtime.MemStats
		for {
			select {
			case <-done:
				changes <- n
				return
			default:
			}
			p := procs + 1 - n%2
			if old := runtime.GOMAXPROCS(p); old != procs+n%2 {
				println("GOMAXPROCS returned", old, "want", procs+n%2)
			}
			n++
			runtime.ReadMemStats(&ms)
			time.Sleep(100 * time.Microsecond)
		}
	}()

	var sum [spinners + fibbers + 1]uint64
	for i := range sum {
		sum[i] = <-results
	}
	close(done)
	nch, nticks := <-changes, <-ticks
	// The results arrive in any order: print them sorted.
	for i := 1; i < len(sum); i++ {
		for j := i; j > 0 && sum[j] < sum[j-1]; j-- {
			sum[j], sum[j-1] = sum[j-1], sum[j]
		}
	}
	for _, s := range sum {
		println(s)
	}
	println("changes > 0:", nch > 0, "ticks > 0:", nticks > 0)
	now := runtime.GOMAXPROCS(0)
	println("GOMAXPROCS is procs or procs+1:", now == procs || now == procs+1)
}

// CHECK: 40590
// CHECK-NEXT: 65676
// CHECK-NEXT: 106266
// CHECK-NEXT: 400020000
// CHECK-NEXT: 6346670401239511258
// CHECK-NEXT: 12505736702756502310
// CHECK-NEXT: 13297274291117506090
// CHECK-NEXT: changes > 0: true ticks > 0: true
// CHECK-NEXT: GOMAXPROCS is procs or procs+1: true
