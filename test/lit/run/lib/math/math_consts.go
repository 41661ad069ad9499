// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// math: the constants and limits, Inf/NaN/IsInf/IsNaN, Signbit, Copysign,
// Abs and the float <-> bits conversions.

package main

import (
	"math"
	"strconv"
)

func g(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

func main() {
	println(g(math.E), g(math.Pi), g(math.Phi), g(math.Sqrt2), g(math.SqrtE), g(math.SqrtPi), g(math.SqrtPhi))
	println(g(math.Ln2), g(math.Log2E), g(math.Ln10), g(math.Log10E))
	println(g(math.MaxFloat64), g(math.SmallestNonzeroFloat64), g(math.MaxFloat32), g(math.SmallestNonzeroFloat32))
	println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxInt32, math.MinInt32)
	println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint), math.MaxUint8, math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64))
	inf, ninf, nan := math.Inf(1), math.Inf(-1), math.NaN()
	println(g(inf), g(ninf), g(nan), math.Float64bits(nan), math.Inf(0) == inf)
	for _, v := range []float64{0, math.Copysign(0, -1), 1, -2.5, inf, ninf, nan, math.MaxFloat64} {
		println(g(v), math.IsInf(v, 0), math.IsInf(v, 1), math.IsInf(v, -1), math.IsNaN(v), math.Signbit(v),
			g(math.Abs(v)), g(math.Copysign(3, v)), g(math.Copysign(v, -1)), math.Float64bits(v),
			math.Float32bits(float32(v)), g(float64(math.Float32frombits(math.Float32bits(float32(v))))))
	}
	println(g(math.Float64frombits(0x3ff8000000000000)), g(math.Float64frombits(1)), g(float64(math.Float32frombits(1))))
}

// CHECK: 2.718281828459045 3.141592653589793 1.618033988749895 1.4142135623730951 1.6487212707001282 1.772453850905516 1.272019649514069
// CHECK-NEXT: 0.6931471805599453 1.4426950408889634 2.302585092994046 0.4342944819032518
// CHECK-NEXT: 1.7976931348623157e+308 5e-324 3.4028234663852886e+38 1.401298464324817e-45
// CHECK-NEXT: 9223372036854775807 -9223372036854775808 127 -128 32767 -32768 2147483647 -2147483648
// CHECK-NEXT: 9223372036854775807 -9223372036854775808 18446744073709551615 255 65535 4294967295 18446744073709551615
// CHECK-NEXT: +Inf -Inf NaN 9221120237041090561 true
// CHECK-NEXT: 0 false false false false false 0 3 -0 0 0 0
// CHECK-NEXT: -0 false false false false true 0 -3 -0 9223372036854775808 2147483648 -0
// CHECK-NEXT: 1 false false false false false 1 3 -1 4607182418800017408 1065353216 1
// CHECK-NEXT: -2.5 false false false false true 2.5 -3 -2.5 13836183955189006336 3223322624 -2.5
// CHECK-NEXT: +Inf true true false false false +Inf 3 -Inf 9218868437227405312 2139095040 +Inf
// CHECK-NEXT: -Inf true false true false true +Inf -3 -Inf 18442240474082181120 4286578688 -Inf
// CHECK-NEXT: NaN false false false true false NaN 3 NaN 9221120237041090561 2143289344 NaN
// CHECK-NEXT: 1.7976931348623157e+308 false false false false false 1.7976931348623157e+308 3 -1.7976931348623157e+308 9218868437227405311 2139095040 +Inf
// CHECK-NEXT: 1.5 5e-324 1.401298464324817e-45
