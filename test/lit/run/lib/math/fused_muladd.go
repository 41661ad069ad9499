// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --check-prefixes=CHECK,%archprefix --match-full-lines --implicit-check-not={{.}} %s
// Multiply-add fusion as Go 1.19 does it: on arm64 its compiler fuses
// x*y + z, x*y - z, z - x*y and -(x*y) - z into FMADD/FMSUB/FNMSUB/FNMADD
// (also across statements and when the product has other uses), except
// behind an explicit conversion T(x*y); on amd64 it never fuses. Each line
// hashes the bits of a shape's results over 64 pseudo-random inputs; the
// AMD64/ARM64 lines are Go's results on each architecture
// (scripts/update-arch-checks.py), golite must print the same.

package main

import (
	"fmt"
	"math"
)

type F float64

var state uint64 = 0x9E3779B97F4A7C15

func next() float64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return float64(int64(state>>11)-1<<52) / (1 << 50)
}

var v [8]float64

func x() float64 { return v[0] }

var shapes = []struct {
	name string
	f    func() float64
}{
	{"x*y+z", func() float64 { return v[0]*v[1] + v[2] }},
	{"z+x*y", func() float64 { return v[2] + v[0]*v[1] }},
	{"x*y-z", func() float64 { return v[0]*v[1] - v[2] }},
	{"z-x*y", func() float64 { return v[2] - v[0]*v[1] }},
	{"-(x*y)-z", func() float64 { return -(v[0] * v[1]) - v[2] }},
	{"-x*y+z", func() float64 { return -v[0]*v[1] + v[2] }},
	{"z-(-x)*y", func() float64 { return v[2] - (-v[0])*v[1] }},
	{"x*y+z*w", func() float64 { return v[0]*v[1] + v[2]*v[3] }},
	{"x*y-z*w", func() float64 { return v[0]*v[1] - v[2]*v[3] }},
	{"x*y+(-z)*w", func() float64 { return v[0]*v[1] + (-v[2])*v[3] }},
	{"two adds of products", func() float64 {
		a := v[0]*v[1] + v[2]*v[3]
		b := v[4]*v[5] + v[6]*v[7]
		return a - b
	}},
	{"t:=x*y; t+z", func() float64 {
		t := v[0] * v[1]
		return t + v[2]
	}},
	{"t:=x*y; t+z, t-w", func() float64 {
		t := v[0] * v[1]
		a := t + v[2]
		b := t - v[3]
		return a * b
	}},
	{"float64(x*y)+z", func() float64 { return float64(v[0]*v[1]) + v[2] }},
	{"t:=x*y; float64(t)+z", func() float64 {
		t := v[0] * v[1]
		return float64(t) + v[2]
	}},
	{"F(x*y)+z", func() float64 { return float64(F(v[0]*v[1]) + F(v[2])) }},
	{"x*2+z", func() float64 { return v[0]*2 + v[2] }},
	{"x/4+z", func() float64 { return v[0]/4 + v[2] }},
	{"x/3+z", func() float64 { return v[0]/3 + v[2] }},
	{"horner", func() float64 {
		t := v[0]
		return ((v[1]*t+v[2])*t+v[3])*t + v[4]
	}},
	{"dot", func() float64 {
		s := 0.0
		for i := 0; i < 4; i++ {
			s += v[i] * v[i+4]
		}
		return s
	}},
	{"call(x)*y+z", func() float64 { return x()*v[1] + v[2] }},
	{"float32 x*y+z", func() float64 {
		a, b, c := float32(v[0]), float32(v[1]), float32(v[2])
		return float64(a*b + c)
	}},
	{"float32(x*y)+z", func() float64 {
		a, b, c := float32(v[0]), float32(v[1]), float32(v[2])
		return float64(float32(a*b) + c)
	}},
	{"float64 product in float32", func() float64 { return float64(float32(v[0]*v[1]) + float32(v[2])) }},
	{"complex mul", func() float64 {
		c := complex(v[0], v[1]) * complex(v[2], v[3])
		return real(c) + 3*imag(c)
	}},
	{"complex128(c*d)", func() float64 {
		c := complex128(complex(v[0], v[1])*complex(v[2], v[3])) + complex(v[4], v[5])
		return real(c) - imag(c)
	}},
	{"math.FMA", func() float64 { return math.FMA(v[0], v[1], v[2]) }},
	{"math.FMA(x,y,z)-x*y", func() float64 { return math.FMA(v[0], v[1], v[2]) - v[0]*v[1] }},
}

func main() {
	for _, s := range shapes {
		h := uint64(14695981039346656037)
		for i := 0; i < 64; i++ {
			for k := range v {
				v[k] = next()
			}
			h = (h ^ math.Float64bits(s.f())) * 1099511628211
		}
		fmt.Printf("%-28s %016x\n", s.name, h)
	}
}

// AMD64: x*y+z                        9eb39544e6e09fc5
// ARM64: x*y+z                        5873eb0c466facca
// AMD64-NEXT: z+x*y                        f1737f668e4bd1a5
// ARM64-NEXT: z+x*y                        f7c0b393f3eff149
// AMD64-NEXT: x*y-z                        503d29101627f6d5
// ARM64-NEXT: x*y-z                        22d302c18030cccc
// AMD64-NEXT: z-x*y                        043d386d02909592
// ARM64-NEXT: z-x*y                        7ba8a6439aae4c28
// AMD64-NEXT: -(x*y)-z                     5e176fc277a1f122
// ARM64-NEXT: -(x*y)-z                     15a44b9df166b4a5
// AMD64-NEXT: -x*y+z                       aba64d2ec121a62d
// ARM64-NEXT: -x*y+z                       176477ce9f2f3981
// AMD64-NEXT: z-(-x)*y                     b83becf8917d20c3
// ARM64-NEXT: z-(-x)*y                     31fc2a178f8134ae
// AMD64-NEXT: x*y+z*w                      d9a39259dbb091bf
// ARM64-NEXT: x*y+z*w                      e5f6d5de2f291759
// AMD64-NEXT: x*y-z*w                      66b2f47a85a6ea2d
// ARM64-NEXT: x*y-z*w                      8083648eaf6f6703
// AMD64-NEXT: x*y+(-z)*w                   3373b6923a11a0d2
// ARM64-NEXT: x*y+(-z)*w                   a00f1b79a4114cf5
// AMD64-NEXT: two adds of products         28a97e6cb4131334
// ARM64-NEXT: two adds of products         2803c7b66f3fe52b
// AMD64-NEXT: t:=x*y; t+z                  b1ad56f469330717
// ARM64-NEXT: t:=x*y; t+z                  8290d70c6b14902b
// AMD64-NEXT: t:=x*y; t+z, t-w             09848ff7f6004d05
// ARM64-NEXT: t:=x*y; t+z, t-w             88bbfac5d34d13e9
// CHECK-NEXT: float64(x*y)+z               c81c936363cb3839
// CHECK-NEXT: t:=x*y; float64(t)+z         573f7860d5146e4d
// CHECK-NEXT: F(x*y)+z                     4f04e7231a643a36
// CHECK-NEXT: x*2+z                        a3bbb191eb1026ff
// CHECK-NEXT: x/4+z                        7fac3b0235a6c056
// CHECK-NEXT: x/3+z                        03842087e67252bc
// AMD64-NEXT: horner                       8c60de70420a9cc1
// ARM64-NEXT: horner                       ea61a018472642a6
// AMD64-NEXT: dot                          46137cacaadaa994
// ARM64-NEXT: dot                          0691191d8060104b
// AMD64-NEXT: call(x)*y+z                  187ea08cb0da676f
// ARM64-NEXT: call(x)*y+z                  1c3fab62c7e4edc2
// AMD64-NEXT: float32 x*y+z                340818f746fd0825
// ARM64-NEXT: float32 x*y+z                1f1574b7c6fd0825
// CHECK-NEXT: float32(x*y)+z               7529d32466fd0825
// CHECK-NEXT: float64 product in float32   587d913386fd0825
// AMD64-NEXT: complex mul                  b2b8cfc25e19634f
// ARM64-NEXT: complex mul                  d623e2ab44dcd9b4
// AMD64-NEXT: complex128(c*d)              0796a315c8b86eec
// ARM64-NEXT: complex128(c*d)              f05bd3732b637d20
// CHECK-NEXT: math.FMA                     da36df24b5888dd6
// AMD64-NEXT: math.FMA(x,y,z)-x*y          5de18c40ddca697d
// ARM64-NEXT: math.FMA(x,y,z)-x*y          f6d98fe30f10d1b4
