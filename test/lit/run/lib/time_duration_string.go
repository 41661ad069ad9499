// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// time.Duration.String for a table of values, as Go prints them (units from ns to
// h, the extremes), and the Duration conversions and rounding.

package main

import "time"

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1001, 1500, 999999, 1000000, 1234567, 999999999,
		time.Second, 1100 * time.Millisecond, time.Minute, 90 * time.Second, time.Hour,
		time.Hour + time.Minute + time.Second + time.Millisecond, 2*time.Hour + 3*time.Nanosecond,
		-1, -time.Millisecond, -(3*time.Hour + 30*time.Minute), 1<<63 - 1, -1 << 63,
		time.Microsecond, time.Nanosecond, 100 * time.Hour}
	for _, d := range ds {
		println(d.String())
	}
	println(time.Hour.Minutes() == 60, time.Minute.Seconds() == 60, (90 * time.Minute).Hours() == 1.5)
	println(time.Second.Milliseconds(), time.Second.Microseconds(), time.Second.Nanoseconds())
	println((1500 * time.Millisecond).Round(time.Second).String(), (1499 * time.Millisecond).Truncate(time.Second).String())
	println((-time.Second).Abs().String(), time.Duration(-1<<63).Abs().String())
}

// CHECK: 0s
// CHECK-NEXT: 1ns
// CHECK-NEXT: 999ns
// CHECK-NEXT: 1µs
// CHECK-NEXT: 1.001µs
// CHECK-NEXT: 1.5µs
// CHECK-NEXT: 999.999µs
// CHECK-NEXT: 1ms
// CHECK-NEXT: 1.234567ms
// CHECK-NEXT: 999.999999ms
// CHECK-NEXT: 1s
// CHECK-NEXT: 1.1s
// CHECK-NEXT: 1m0s
// CHECK-NEXT: 1m30s
// CHECK-NEXT: 1h0m0s
// CHECK-NEXT: 1h1m1.001s
// CHECK-NEXT: 2h0m0.000000003s
// CHECK-NEXT: -1ns
// CHECK-NEXT: -1ms
// CHECK-NEXT: -3h30m0s
// CHECK-NEXT: 2562047h47m16.854775807s
// CHECK-NEXT: -2562047h47m16.854775808s
// CHECK-NEXT: 1µs
// CHECK-NEXT: 1ns
// CHECK-NEXT: 100h0m0s
// CHECK-NEXT: true true true
// CHECK-NEXT: 1000 1000000 1000000000
// CHECK-NEXT: 2s 1s
// CHECK-NEXT: 1s 2562047h47m16.854775807s
