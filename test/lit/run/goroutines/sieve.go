// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Go's classic concurrent prime sieve.

package main

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	for i := 0; i < 25; i++ {
		prime := <-ch
		println(prime)
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
}

// CHECK: 2
// CHECK-NEXT: 3
// CHECK-NEXT: 5
// CHECK-NEXT: 7
// CHECK-NEXT: 11
// CHECK-NEXT: 13
// CHECK-NEXT: 17
// CHECK-NEXT: 19
// CHECK-NEXT: 23
// CHECK-NEXT: 29
// CHECK-NEXT: 31
// CHECK-NEXT: 37
// CHECK-NEXT: 41
// CHECK-NEXT: 43
// CHECK-NEXT: 47
// CHECK-NEXT: 53
// CHECK-NEXT: 59
// CHECK-NEXT: 61
// CHECK-NEXT: 67
// CHECK-NEXT: 71
// CHECK-NEXT: 73
// CHECK-NEXT: 79
// CHECK-NEXT: 83
// CHECK-NEXT: 89
// CHECK-NEXT: 97
