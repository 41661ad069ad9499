// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// time.Sleep(10ms) lasts at least 10ms by the monotonic clock (Since); Now's
// readings are ordered. Prints booleans only, never timings.

package main

import "time"

func main() {
	start := time.Now()
	time.Sleep(10 * time.Millisecond)
	el := time.Since(start)
	println(el >= 10*time.Millisecond)
	now := time.Now()
	println(now.After(start), now.Before(start), start.Before(now), now.Equal(now), now.Sub(start) >= el)
	println(time.Until(start) < 0, now.Sub(now.Add(-time.Second)) == time.Second)
	r := now.Round(0)
	println(r.Equal(now), now.Sub(r) == 0)
	time.Sleep(-1)
	time.Sleep(0)
	println(time.Since(now) >= 0)
}

// CHECK: true
// CHECK-NEXT: true false true true true
// CHECK-NEXT: true true
// CHECK-NEXT: true true
// CHECK-NEXT: true
