// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Recursion 1,000,000 deep works in main and in a goroutine (whose stack
// grows by segments), twice, so that the second descent reuses them.

package main

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return (depth(n-1)*7 + n%5) % 1000003
}

type big struct{ a, b, c, d, e, f, g, h int }

func sum(n int, acc big) big {
	if n == 0 {
		return acc
	}
	acc.a++
	acc.h += n
	return sum(n-1, acc)
}

func main() {
	println(depth(1000000))
	done := make(chan int)
	go func() {
		done <- depth(1000000)
		done <- depth(1000000)
		r := sum(1000000, big{})
		done <- r.a + r.h
	}()
	println(<-done)
	println(<-done)
	println(<-done)
}

// CHECK: 91090
// CHECK-NEXT: 91090
// CHECK-NEXT: 91090
// CHECK-NEXT: 500001500000
