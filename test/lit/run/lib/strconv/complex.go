// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// strconv: FormatComplex for complex128 and complex64 and ParseComplex's
// accepted forms (N, Ni, N±Ni, parenthesized, NaN/Inf parts) and errors.

package main

import (
	"strconv"
	"unsafe"
)

// Local stand-ins for package math, so that the test needs strconv only.
func float64frombits(b uint64) float64 { return *(*float64)(unsafe.Pointer(&b)) }

func inf(sign int) float64 {
	if sign < 0 {
		return float64frombits(0xFFF0000000000000)
	}
	return float64frombits(0x7FF0000000000000)
}

func nan() float64 { return float64frombits(0x7FF8000000000001) }

func main() {
	cs := []complex128{0, 1 + 2i, -1.5 - 0.25i, complex(inf(1), nan()), complex(0.1, -0.1), 1e300i}
	for _, c := range cs {
		println(strconv.FormatComplex(c, 'g', -1, 128), strconv.FormatComplex(c, 'e', 3, 64), strconv.FormatComplex(c, 'f', 2, 128))
	}
	for _, s := range []string{"1", "1i", "i", "1+2i", "(1-2i)", "-1.5e3+0x1p-2i", "+NaNi", "1+NaNi", "1-NaNi",
		"inf-infi", "1e400+1i", "1+1e400i", "(1+2i", "1+2", "1++2i", "1+2j", "", "()", "3e38+1i", "1e39i", "1_0+2i"} {
		for _, bs := range []int{128, 64} {
			c, err := strconv.ParseComplex(s, bs)
			e := "nil"
			if err != nil {
				e = err.Error()
			}
			println(strconv.Quote(s), bs, strconv.FormatComplex(c, 'g', -1, 128), e)
		}
	}
}

// CHECK: (0+0i) (0.000e+00+0.000e+00i) (0.00+0.00i)
// CHECK-NEXT: (1+2i) (1.000e+00+2.000e+00i) (1.00+2.00i)
// CHECK-NEXT: (-1.5-0.25i) (-1.500e+00-2.500e-01i) (-1.50-0.25i)
// CHECK-NEXT: (+Inf+NaNi) (+Inf+NaNi) (+Inf+NaNi)
// CHECK-NEXT: (0.1-0.1i) (1.000e-01-1.000e-01i) (0.10-0.10i)
// CHECK-NEXT: (0+1e+300i) (0.000e+00+Infi) (0.00+1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00i)
// CHECK-NEXT: "1" 128 (1+0i) nil
// CHECK-NEXT: "1" 64 (1+0i) nil
// CHECK-NEXT: "1i" 128 (0+1i) nil
// CHECK-NEXT: "1i" 64 (0+1i) nil
// CHECK-NEXT: "i" 128 (0+0i) strconv.ParseComplex: parsing "i": invalid syntax
// CHECK-NEXT: "i" 64 (0+0i) strconv.ParseComplex: parsing "i": invalid syntax
// CHECK-NEXT: "1+2i" 128 (1+2i) nil
// CHECK-NEXT: "1+2i" 64 (1+2i) nil
// CHECK-NEXT: "(1-2i)" 128 (1-2i) nil
// CHECK-NEXT: "(1-2i)" 64 (1-2i) nil
// CHECK-NEXT: "-1.5e3+0x1p-2i" 128 (-1500+0.25i) nil
// CHECK-NEXT: "-1.5e3+0x1p-2i" 64 (-1500+0.25i) nil
// CHECK-NEXT: "+NaNi" 128 (0+0i) strconv.ParseComplex: parsing "+NaNi": invalid syntax
// CHECK-NEXT: "+NaNi" 64 (0+0i) strconv.ParseComplex: parsing "+NaNi": invalid syntax
// CHECK-NEXT: "1+NaNi" 128 (1+NaNi) nil
// CHECK-NEXT: "1+NaNi" 64 (1+NaNi) nil
// CHECK-NEXT: "1-NaNi" 128 (0+0i) strconv.ParseComplex: parsing "1-NaNi": invalid syntax
// CHECK-NEXT: "1-NaNi" 64 (0+0i) strconv.ParseComplex: parsing "1-NaNi": invalid syntax
// CHECK-NEXT: "inf-infi" 128 (+Inf-Infi) nil
// CHECK-NEXT: "inf-infi" 64 (+Inf-Infi) nil
// CHECK-NEXT: "1e400+1i" 128 (+Inf+1i) strconv.ParseComplex: parsing "1e400+1i": value out of range
// CHECK-NEXT: "1e400+1i" 64 (+Inf+1i) strconv.ParseComplex: parsing "1e400+1i": value out of range
// CHECK-NEXT: "1+1e400i" 128 (1+Infi) strconv.ParseComplex: parsing "1+1e400i": value out of range
// CHECK-NEXT: "1+1e400i" 64 (1+Infi) strconv.ParseComplex: parsing "1+1e400i": value out of range
// CHECK-NEXT: "(1+2i" 128 (0+0i) strconv.ParseComplex: parsing "(1+2i": invalid syntax
// CHECK-NEXT: "(1+2i" 64 (0+0i) strconv.ParseComplex: parsing "(1+2i": invalid syntax
// CHECK-NEXT: "1+2" 128 (0+0i) strconv.ParseComplex: parsing "1+2": invalid syntax
// CHECK-NEXT: "1+2" 64 (0+0i) strconv.ParseComplex: parsing "1+2": invalid syntax
// CHECK-NEXT: "1++2i" 128 (0+0i) strconv.ParseComplex: parsing "1++2i": invalid syntax
// CHECK-NEXT: "1++2i" 64 (0+0i) strconv.ParseComplex: parsing "1++2i": invalid syntax
// CHECK-NEXT: "1+2j" 128 (0+0i) strconv.ParseComplex: parsing "1+2j": invalid syntax
// CHECK-NEXT: "1+2j" 64 (0+0i) strconv.ParseComplex: parsing "1+2j": invalid syntax
// CHECK-NEXT: "" 128 (0+0i) strconv.ParseComplex: parsing "": invalid syntax
// CHECK-NEXT: "" 64 (0+0i) strconv.ParseComplex: parsing "": invalid syntax
// CHECK-NEXT: "()" 128 (0+0i) strconv.ParseComplex: parsing "()": invalid syntax
// CHECK-NEXT: "()" 64 (0+0i) strconv.ParseComplex: parsing "()": invalid syntax
// CHECK-NEXT: "3e38+1i" 128 (3e+38+1i) nil
// CHECK-NEXT: "3e38+1i" 64 (3.0000000054977558e+38+1i) nil
// CHECK-NEXT: "1e39i" 128 (0+1e+39i) nil
// CHECK-NEXT: "1e39i" 64 (0+Infi) strconv.ParseComplex: parsing "1e39i": value out of range
// CHECK-NEXT: "1_0+2i" 128 (10+2i) nil
// CHECK-NEXT: "1_0+2i" 64 (10+2i) nil
