// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// time.ParseDuration: units, fractions, signs, overflow and Go's error
// texts.

package main

import "time"

func main() {
	for _, s := range []string{
		"0", "+0", "-0", "5s", "30m", "1h", "300ms", "-1.5h", "2h45m", "1h2m3s4ms5us6ns",
		"1.5µs", "1.5μs", "1.5us", ".5s", "5.s", "1.0000000001s", "0.333333333333333333333h",
		"9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns",
		"2562047h47m16.854775807s", "2562048h", "100000000000000000000ns",
		"1.00000000000000000000000000000001s",
		"", "-", "s", ".s", "1", "1x", "1.5", "3hours", "1s2", "-.s", "1e3s",
		"5\xffs", "\"s", "1\ts", "ä1s",
	} {
		d, err := time.ParseDuration(s)
		if err != nil {
			println("error:", err.Error())
			continue
		}
		println(s, "=", int64(d), d.String())
	}
}

// CHECK: 0 = 0 0s
// CHECK-NEXT: +0 = 0 0s
// CHECK-NEXT: -0 = 0 0s
// CHECK-NEXT: 5s = 5000000000 5s
// CHECK-NEXT: 30m = 1800000000000 30m0s
// CHECK-NEXT: 1h = 3600000000000 1h0m0s
// CHECK-NEXT: 300ms = 300000000 300ms
// CHECK-NEXT: -1.5h = -5400000000000 -1h30m0s
// CHECK-NEXT: 2h45m = 9900000000000 2h45m0s
// CHECK-NEXT: 1h2m3s4ms5us6ns = 3723004005006 1h2m3.004005006s
// CHECK-NEXT: 1.5µs = 1500 1.5µs
// CHECK-NEXT: 1.5μs = 1500 1.5µs
// CHECK-NEXT: 1.5us = 1500 1.5µs
// CHECK-NEXT: .5s = 500000000 500ms
// CHECK-NEXT: 5.s = 5000000000 5s
// CHECK-NEXT: 1.0000000001s = 1000000000 1s
// CHECK-NEXT: 0.333333333333333333333h = 1200000000000 20m0s
// CHECK-NEXT: 9223372036854775807ns = 9223372036854775807 2562047h47m16.854775807s
// CHECK-NEXT: error: time: invalid duration "9223372036854775808ns"
// CHECK-NEXT: -9223372036854775808ns = -9223372036854775808 -2562047h47m16.854775808s
// CHECK-NEXT: 2562047h47m16.854775807s = 9223372036854775807 2562047h47m16.854775807s
// CHECK-NEXT: error: time: invalid duration "2562048h"
// CHECK-NEXT: error: time: invalid duration "100000000000000000000ns"
// CHECK-NEXT: 1.00000000000000000000000000000001s = 1000000000 1s
// CHECK-NEXT: error: time: invalid duration ""
// CHECK-NEXT: error: time: invalid duration "-"
// CHECK-NEXT: error: time: invalid duration "s"
// CHECK-NEXT: error: time: invalid duration ".s"
// CHECK-NEXT: error: time: missing unit in duration "1"
// CHECK-NEXT: error: time: unknown unit "x" in duration "1x"
// CHECK-NEXT: error: time: missing unit in duration "1.5"
// CHECK-NEXT: error: time: unknown unit "hours" in duration "3hours"
// CHECK-NEXT: error: time: missing unit in duration "1s2"
// CHECK-NEXT: error: time: invalid duration "-.s"
// CHECK-NEXT: error: time: unknown unit "e" in duration "1e3s"
// CHECK-NEXT: error: time: unknown unit "\xffs" in duration "5\xffs"
// CHECK-NEXT: error: time: invalid duration "\"s"
// CHECK-NEXT: error: time: unknown unit "\x09s" in duration "1\x09s"
// CHECK-NEXT: error: time: invalid duration "\xc3\xa41s"
