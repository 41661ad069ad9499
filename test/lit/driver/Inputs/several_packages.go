// A program that imports several lib/ packages (sync, time, os, runtime and,
// through os, io and errors): the driver tests build it through the package
// cache. Expected output (Go 1.19, exit status 3):
//   once
//   sum 55 1.5s
//   slept true
//   args 1 true

package main

import (
	"os"
	"runtime"
	"sync"
	"time"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) add(k int) {
	c.mu.Lock()
	c.n += k
	c.mu.Unlock()
}

func main() {
	var c counter
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			c.add(k)
		}(i)
	}
	wg.Wait()
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { println("once") })
	}
	d := 1500 * time.Millisecond
	println("sum", c.n, d.String())
	start := time.Now()
	time.Sleep(2 * time.Millisecond)
	println("slept", time.Since(start) >= 2*time.Millisecond)
	println("args", len(os.Args), runtime.NumCPU() > 0)
	var l sync.Locker = &c.mu
	l.Lock()
	l.Unlock()
	os.Exit(3)
}
