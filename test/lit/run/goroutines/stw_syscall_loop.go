// RUN: %golite build -O2 -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Goroutines that loop over short system calls (256 KiB reads of
// /dev/urandom: a millisecond or so in the kernel, a microsecond in Go code
// between two) must not keep their P forever. sysmon cannot preempt a G
// it sees in a system call (its P has no M then) and sees a new system
// call at every look, so it must take the P once its G has gone 10 ms
// without being rescheduled. Otherwise a timer on that P does not fire
// until the G happens to be seen between two calls: at GOMAXPROCS 1 a
// sleeping main goroutine waits for the reader, and a goroutine changing
// GOMAXPROCS (stop-the-world) with sleeps in between stalls behind two
// readers at GOMAXPROCS 2. Each reader gives up after 1 s (3 s with the
// stopper); every sleeper must be done long before that: Go 1.19 and
// golite take 10-20 ms (sysmon's tick) per stalled sleep.

package main

import (
	"os"
	"runtime"
	"time"
)

// reader reads f (/dev/urandom) until stop is closed, and sends true, or
// for limit, and sends false.
func reader(f *os.File, limit time.Duration, stop chan bool, done chan bool) {
	buf := make([]byte, 256<<10)
	end := time.Now().Add(limit)
	for time.Now().Before(end) {
		select {
		case <-stop:
			done <- true
			return
		default:
		}
		if _, err := f.Read(buf); err != nil {
			println(err.Error())
			break
		}
	}
	done <- false
}

func main() {
	f, err := os.Open("/dev/urandom")
	if err != nil {
		println(err.Error())
		return
	}
	defer f.Close()
	runtime.GOMAXPROCS(1)
	// Nothing to take for a while: sysmon backs off to its longest tick,
	// at which it sees a reader's P in a different system call each time.
	time.Sleep(50 * time.Millisecond)

	// One reader on the only P; main's timer is on that P too. Five
	// times: main may be lucky once (sysmon sees the reader between two
	// reads), hardly five times in a row.
	woke := 0
	for i := 0; i < 5; i++ {
		stop, done := make(chan bool), make(chan bool)
		go reader(f, time.Second, stop, done)
		time.Sleep(time.Millisecond)
		close(stop)
		if <-done {
			woke++
		}
	}
	println("GOMAXPROCS 1: times main woke while the reader was reading:", woke)

	// Two readers, and a goroutine that stops the world 10 times
	// (GOMAXPROCS 2 <-> 1, ReadMemStats) and sleeps in between.
	runtime.GOMAXPROCS(2)
	time.Sleep(50 * time.Millisecond)
	stop, done := make(chan bool), make(chan bool)
	go reader(f, 3*time.Second, stop, done)
	go reader(f, 3*time.Second, stop, done)
	changed := make(chan int)
	go func() {
		var ms runtime.MemStats
		k := 0
		for ; k < 10; k++ {
			runtime.GOMAXPROCS(1 + k%2)
			runtime.ReadMemStats(&ms)
			time.Sleep(time.Millisecond)
		}
		changed <- k
	}()
	k := <-changed
	close(stop)
	r1, r2 := <-done, <-done
	println("GOMAXPROCS changes:", k, "done while both readers were reading:", r1 && r2)
	println("GOMAXPROCS:", runtime.GOMAXPROCS(0))
}

// CHECK: GOMAXPROCS 1: times main woke while the reader was reading: 5
// CHECK-NEXT: GOMAXPROCS changes: 10 done while both readers were reading: true
// CHECK-NEXT: GOMAXPROCS: 2
