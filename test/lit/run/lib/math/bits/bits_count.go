// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// math/bits: LeadingZeros*, TrailingZeros*, OnesCount* and Len* at every
// width, for zero, single bits, all-ones and mixed patterns.

package main

import "math/bits"

func main() {
	vals := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0x8000, 0xffff, 0x10000, 0x80000000,
		0xffffffff, 0x100000000, 0x8000000000000000, 0xffffffffffffffff,
		0x123456789abcdef0, 0x0f0f0f0f0f0f0f0f, 12345}
	for _, v := range vals {
		println(v, bits.LeadingZeros64(v), bits.TrailingZeros64(v), bits.OnesCount64(v), bits.Len64(v),
			bits.LeadingZeros(uint(v)), bits.TrailingZeros(uint(v)), bits.OnesCount(uint(v)), bits.Len(uint(v)))
		v32, v16, v8 := uint32(v), uint16(v), uint8(v)
		println(" ", bits.LeadingZeros32(v32), bits.TrailingZeros32(v32), bits.OnesCount32(v32), bits.Len32(v32),
			bits.LeadingZeros16(v16), bits.TrailingZeros16(v16), bits.OnesCount16(v16), bits.Len16(v16),
			bits.LeadingZeros8(v8), bits.TrailingZeros8(v8), bits.OnesCount8(v8), bits.Len8(v8))
	}
	// Every single-bit value.
	for i := 0; i < 64; i++ {
		v := uint64(1) << i
		if bits.TrailingZeros64(v) != i || bits.Len64(v) != i+1 || bits.OnesCount64(v) != 1 || bits.LeadingZeros64(v) != 63-i {
			println("bad bit", i)
		}
		if bits.OnesCount64(v-1) != i || bits.TrailingZeros64(^(v-1)) != i {
			println("bad mask", i)
		}
	}
	println(bits.UintSize)
}

// CHECK: 0 64 64 0 0 64 64 0 0
// CHECK-NEXT:   32 32 0 0 16 16 0 0 8 8 0 0
// CHECK-NEXT: 1 63 0 1 1 63 0 1 1
// CHECK-NEXT:   31 0 1 1 15 0 1 1 7 0 1 1
// CHECK-NEXT: 2 62 1 1 2 62 1 1 2
// CHECK-NEXT:   30 1 1 2 14 1 1 2 6 1 1 2
// CHECK-NEXT: 3 62 0 2 2 62 0 2 2
// CHECK-NEXT:   30 0 2 2 14 0 2 2 6 0 2 2
// CHECK-NEXT: 128 56 7 1 8 56 7 1 8
// CHECK-NEXT:   24 7 1 8 8 7 1 8 0 7 1 8
// CHECK-NEXT: 255 56 0 8 8 56 0 8 8
// CHECK-NEXT:   24 0 8 8 8 0 8 8 0 0 8 8
// CHECK-NEXT: 256 55 8 1 9 55 8 1 9
// CHECK-NEXT:   23 8 1 9 7 8 1 9 8 8 0 0
// CHECK-NEXT: 32768 48 15 1 16 48 15 1 16
// CHECK-NEXT:   16 15 1 16 0 15 1 16 8 8 0 0
// CHECK-NEXT: 65535 48 0 16 16 48 0 16 16
// CHECK-NEXT:   16 0 16 16 0 0 16 16 0 0 8 8
// CHECK-NEXT: 65536 47 16 1 17 47 16 1 17
// CHECK-NEXT:   15 16 1 17 16 16 0 0 8 8 0 0
// CHECK-NEXT: 2147483648 32 31 1 32 32 31 1 32
// CHECK-NEXT:   0 31 1 32 16 16 0 0 8 8 0 0
// CHECK-NEXT: 4294967295 32 0 32 32 32 0 32 32
// CHECK-NEXT:   0 0 32 32 0 0 16 16 0 0 8 8
// CHECK-NEXT: 4294967296 31 32 1 33 31 32 1 33
// CHECK-NEXT:   32 32 0 0 16 16 0 0 8 8 0 0
// CHECK-NEXT: 9223372036854775808 0 63 1 64 0 63 1 64
// CHECK-NEXT:   32 32 0 0 16 16 0 0 8 8 0 0
// CHECK-NEXT: 18446744073709551615 0 0 64 64 0 0 64 64
// CHECK-NEXT:   0 0 32 32 0 0 16 16 0 0 8 8
// CHECK-NEXT: 1311768467463790320 3 4 32 61 3 4 32 61
// CHECK-NEXT:   0 4 19 32 0 4 10 16 0 4 4 8
// CHECK-NEXT: 1085102592571150095 4 0 32 60 4 0 32 60
// CHECK-NEXT:   4 0 16 28 4 0 8 12 4 0 4 4
// CHECK-NEXT: 12345 50 0 6 14 50 0 6 14
// CHECK-NEXT:   18 0 6 14 2 0 6 14 2 0 4 6
// CHECK-NEXT: 64
