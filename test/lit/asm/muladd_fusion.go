// RUN: env GOARCH=arm64 %golite build -gcflags=-l -S -o - %s | FileCheck --check-prefix=ARM64 %s
// RUN: env GOARCH=amd64 %golite build -gcflags=-l -S -o - %s | FileCheck --check-prefix=AMD64 %s
// RUN: env GOARCH=amd64 %golite build -gcflags=-l -S -o - %s | FileCheck --check-prefix=NOFMA %s
// REQUIRES: golite
// Multiply-add fusion (codegen/fusemuladd.cpp): on arm64 golite fuses
// exactly where Go 1.19 does (FMADD/FMSUB/FNMSUB/FNMADD, the instructions
// `GOARCH=arm64 go build` + `go tool objdump` show for these functions);
// on amd64 nothing is fused, as with Go.
// NOFMA-NOT: {{fma|vfmadd|vfmsub|vfnm}}

package main

var in = []float64{1.1, 2.3, 3.7, 4.9, 5.3}

// ARM64-LABEL: main.add:
// ARM64: fmadd d0, d0, d1, d2
// AMD64-LABEL: main.add:
// AMD64: mulsd
// AMD64: addsd
func add(v []float64) float64 { return v[0]*v[1] + v[2] }

// Go fuses the second product of an add of two.
// ARM64-LABEL: main.twoProducts:
// ARM64: fmul d0, d0, d1
// ARM64-NOT: fmul
// ARM64: fmadd d0, d1, d2, d0
func twoProducts(v []float64) float64 { return v[0]*v[1] + v[2]*v[3] }

// ARM64-LABEL: main.sub:
// ARM64: fmsub d0, d1, d2, d0
func sub(v []float64) float64 { return v[0]*v[1] - v[2]*v[3] }

// Across statements, and with a second use of the product.
// ARM64-LABEL: main.stmts:
// ARM64: fmadd d0, d1, d2, d0
// ARM64: fnmsub d1, d1, d2, d3
func stmts(v []float64) (float64, float64) {
	t := v[0] * v[1]
	return t + v[2], t - v[3]
}

// ARM64-LABEL: main.neg:
// ARM64: fnmadd d0, {{d[01]}}, {{d[01]}}, d2
func neg(v []float64) float64 { return -(v[0] * v[1]) - v[2] }

// An explicit conversion rounds the product: no fusion.
// ARM64-LABEL: main.conv:
// ARM64-NOT: fmadd
// ARM64: fmul d0, d0, d1
// ARM64-NOT: fmadd
// ARM64: fadd d0, {{d[0-9]+}}, {{d[0-9]+}}
// ARM64-NOT: fmadd
func conv(v []float64) float64 { return float64(v[0]*v[1]) + v[2] }

// x*2 is x+x for Go.
// ARM64-LABEL: main.twice:
// ARM64-NOT: fmadd
// ARM64: fadd [[T:d[0-9]+]], d0, d0
// ARM64-NOT: fmadd
// ARM64: fadd d0, {{d[0-9]+}}, {{d[0-9]+}}
// ARM64-NOT: fmadd
func twice(v []float64) float64 { return v[0]*2 + v[1] }

// ARM64-LABEL: main.single:
// ARM64: fmadd s0, s0, s1, s2
// AMD64-LABEL: main.single:
// AMD64: mulss
// AMD64: addss
func single(v []float64) float32 {
	x, y, z := float32(v[0]), float32(v[1]), float32(v[2])
	return x*y + z
}

// ARM64-LABEL: main.main:
func main() {
	in[0] += float64(len(in))
	println(add(in), twoProducts(in), sub(in), neg(in), conv(in), twice(in), single(in))
	println(stmts(in))
}
