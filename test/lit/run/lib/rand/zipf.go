// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// rand.Zipf gives Go's exact sequences for several parameter sets, and
// NewZipf rejects invalid parameters.

package main

import "math/rand"

func main() {
	params := []struct {
		s, v float64
		imax uint64
	}{{1.1, 1, 100}, {2, 1, 10}, {1.5, 3.5, 1000000}, {3, 10, 1 << 40}}
	for _, p := range params {
		z := rand.NewZipf(rand.New(rand.NewSource(17)), p.s, p.v, p.imax)
		print("zipf")
		for i := 0; i < 12; i++ {
			print(" ", z.Uint64())
		}
		println()
		sum := uint64(0)
		for i := 0; i < 5000; i++ {
			sum = sum*31 + z.Uint64()
		}
		println("sum", sum)
	}
	println(rand.NewZipf(rand.New(rand.NewSource(1)), 1, 1, 10) == nil, rand.NewZipf(rand.New(rand.NewSource(1)), 2, 0.5, 10) == nil)
	defer func() { println("recovered:", recover().(string)) }()
	var z *rand.Zipf
	z.Uint64()
}

// CHECK: zipf 4 20 8 60 26 3 42 55 0 3 0 41
// CHECK-NEXT: sum 15008323335476026876
// CHECK-NEXT: zipf 0 1 0 4 1 0 2 3 0 0 0 0
// CHECK-NEXT: sum 13325702747196342004
// CHECK-NEXT: zipf 7 43 16 500 67 6 165 362 0 7 5 1
// CHECK-NEXT: sum 78158436212613007
// CHECK-NEXT: zipf 3 9 5 25 11 3 16 22 0 3 2 0
// CHECK-NEXT: sum 18432698306916856554
// CHECK-NEXT: true true
// CHECK-NEXT: recovered: rand: nil Zipf
