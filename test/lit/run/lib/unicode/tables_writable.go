// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// The unicode tables are ordinary package data: a program may write into
// a table's ranges, CaseRanges or a RangeTable, and the change is seen by
// the functions that read them, as in Go.

package main

import (
	"fmt"
	"unicode"
)

func main() {
	fmt.Println(len(unicode.Latin.R16), unicode.Latin.R16[0], unicode.Latin.LatinOffset)
	fmt.Println(unicode.Is(unicode.Latin, 'A'), unicode.Is(unicode.Latin, '1'))

	// Make the first Latin range start at '0' instead of 'A'.
	saved := unicode.Latin.R16[0]
	unicode.Latin.R16[0].Lo = '0'
	fmt.Println(unicode.Is(unicode.Latin, '1'), unicode.In('5', unicode.Latin))
	unicode.Latin.R16[0] = saved
	fmt.Println(unicode.Is(unicode.Latin, '1'))

	// A new table built from pieces of the old ones.
	t := &unicode.RangeTable{R16: append([]unicode.Range16(nil), unicode.Greek.R16[:2]...)}
	t.R16[1].Hi = t.R16[1].Lo
	fmt.Println(t.R16, unicode.Is(t, 0x370), unicode.Is(t, 0x375))

	// CaseRanges is a writable slice too.
	first := unicode.CaseRanges[0]
	fmt.Println(first.Lo, first.Hi, first.Delta, unicode.ToLower('B'))
	unicode.CaseRanges[0].Delta[unicode.LowerCase] = 1
	fmt.Println(string(unicode.ToLower('B')), string(unicode.To(unicode.LowerCase, 'Z')))
	unicode.CaseRanges[0] = first
	fmt.Println(string(unicode.ToLower('B')))

	// Tables shared by several names are one table.
	fmt.Println(unicode.Letter == unicode.L, unicode.Categories["Lu"] == unicode.Upper,
		unicode.Scripts["Han"] == unicode.Han, len(unicode.TurkishCase), len(unicode.AzeriCase))
}

// CHECK: 29 {65 90 1} 5
// CHECK-NEXT: true false
// CHECK-NEXT: true true
// CHECK-NEXT: false
// CHECK-NEXT: [{880 883 1} {885 885 1}] true true
// CHECK-NEXT: 65 90 [0 32 0] 98
// CHECK-NEXT: b [
// CHECK-NEXT: b
// CHECK-NEXT: true true true 4 4
