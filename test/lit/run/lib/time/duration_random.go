// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Duration methods over 100000 pseudo-random durations and rounding units of
// every magnitude: an FNV-1a hash of String, the float accessors' bits, the
// integer accessors, Round, Truncate and Abs, printed every 10000 values.

package main

import (
	"time"
	"unsafe"
)

var h uint64 = 14695981039346656037

func mixByte(b byte) {
	h ^= uint64(b)
	h *= 1099511628211
}

func mix(v uint64) {
	for i := 0; i < 8; i++ {
		mixByte(byte(v >> (8 * i)))
	}
}

func main() {
	x := uint64(88172645463325252)
	next := func() uint64 {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		return x
	}
	for i := 1; i <= 100000; i++ {
		r := next()
		d := time.Duration(r >> (r % 64))
		if r&(1<<40) != 0 {
			d = -d
		}
		m := time.Duration(next() >> (next() % 64))
		if next()%7 == 0 {
			m = -m
		}
		s := d.String()
		for j := 0; j < len(s); j++ {
			mixByte(s[j])
		}
		mix(float64bits(d.Seconds()))
		mix(float64bits(d.Minutes()))
		mix(float64bits(d.Hours()))
		mix(uint64(d.Microseconds()))
		mix(uint64(d.Milliseconds()))
		mix(uint64(d.Round(m)))
		mix(uint64(d.Truncate(m)))
		mix(uint64(d.Abs()))
		if i%10000 == 0 {
			println(i, h)
		}
	}
}

// float64bits is math.Float64bits (this test does not depend on math).
func float64bits(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }

// CHECK: 10000 12351847277778224395
// CHECK-NEXT: 20000 9414365922002370145
// CHECK-NEXT: 30000 1692586206854109826
// CHECK-NEXT: 40000 13752347264565453656
// CHECK-NEXT: 50000 4405029812094486278
// CHECK-NEXT: 60000 14109429462950211922
// CHECK-NEXT: 70000 9117020344423865186
// CHECK-NEXT: 80000 13710066641033690141
// CHECK-NEXT: 90000 18425237329088761322
// CHECK-NEXT: 100000 10956902229755317166
