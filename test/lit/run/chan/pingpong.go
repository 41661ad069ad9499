// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Unbuffered ping-pong between two goroutines: strict alternation.

package main

func player(name string, in <-chan int, out chan<- int, done chan bool) {
	for {
		n := <-in
		if n >= 6 {
			done <- true
			return
		}
		println(name, n)
		out <- n + 1
	}
}

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan bool)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- 0
	<-done
	println("len", len(ping), "cap", cap(ping))
}

// CHECK: ping 0
// CHECK-NEXT: pong 1
// CHECK-NEXT: ping 2
// CHECK-NEXT: pong 3
// CHECK-NEXT: ping 4
// CHECK-NEXT: pong 5
// CHECK-NEXT: len 0 cap 0
