// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Every predicate and case mapping of package unicode over every rune (and
// a few invalid ones), summarized as counts and hashes that must equal Go's.

package main

import "unicode"

type pred struct {
	name string
	f    func(rune) bool
}

func main() {
	preds := []pred{
		{"IsLetter", unicode.IsLetter}, {"IsDigit", unicode.IsDigit},
		{"IsNumber", unicode.IsNumber}, {"IsSpace", unicode.IsSpace},
		{"IsUpper", unicode.IsUpper}, {"IsLower", unicode.IsLower},
		{"IsTitle", unicode.IsTitle}, {"IsPunct", unicode.IsPunct},
		{"IsControl", unicode.IsControl}, {"IsGraphic", unicode.IsGraphic},
		{"IsPrint", unicode.IsPrint}, {"IsMark", unicode.IsMark},
		{"IsSymbol", unicode.IsSymbol},
	}
	for _, p := range preds {
		n := 0
		var h uint32 = 2166136261
		for r := rune(-3); r <= unicode.MaxRune+3; r++ {
			if p.f(r) {
				n++
				h = (h ^ uint32(r)) * 16777619
			}
		}
		println(p.name, n, h)
	}
	type mapping struct {
		name string
		f    func(rune) rune
	}
	maps := []mapping{
		{"ToUpper", unicode.ToUpper}, {"ToLower", unicode.ToLower},
		{"ToTitle", unicode.ToTitle}, {"SimpleFold", unicode.SimpleFold},
		{"TurkishUpper", unicode.TurkishCase.ToUpper},
		{"TurkishLower", unicode.TurkishCase.ToLower},
		{"AzeriTitle", unicode.AzeriCase.ToTitle},
	}
	for _, m := range maps {
		n := 0
		var h uint32 = 2166136261
		for r := rune(-3); r <= unicode.MaxRune+3; r++ {
			if to := m.f(r); to != r {
				n++
				h = (h ^ uint32(r)) * 16777619
				h = (h ^ uint32(to)) * 16777619
			}
		}
		println(m.name, n, h)
	}
	// To with an invalid case gives ReplacementChar.
	println(unicode.To(unicode.UpperCase, 'x'), unicode.To(unicode.LowerCase, 'X'),
		unicode.To(unicode.TitleCase, 'ǆ'), unicode.To(3, 'x'), unicode.To(-1, 'x'))
	// Fold orbits.
	for _, r := range []rune{'A', 'a', 'K', 'k', '\u212A', 'S', 's', 'ſ', '1', -2, 0x110000,
		'Σ', 'σ', 'ς', 'İ', 'ı', 'ǅ', 'µ', 'ß', 'ẞ'} {
		print(r, ":")
		s := r
		for i := 0; i < 5; i++ {
			s = unicode.SimpleFold(s)
			print(" ", s)
			if s == r {
				break
			}
		}
		println()
	}
}

// CHECK: IsLetter 131241 3889463460
// CHECK-NEXT: IsDigit 650 587096826
// CHECK-NEXT: IsNumber 1781 169784263
// CHECK-NEXT: IsSpace 25 2286933721
// CHECK-NEXT: IsUpper 1791 251021844
// CHECK-NEXT: IsLower 2155 2903380503
// CHECK-NEXT: IsTitle 31 1285893215
// CHECK-NEXT: IsPunct 798 1743149610
// CHECK-NEXT: IsControl 65 3133937262
// CHECK-NEXT: IsGraphic 143696 1936016532
// CHECK-NEXT: IsPrint 143680 1486806445
// CHECK-NEXT: IsMark 2295 2073971402
// CHECK-NEXT: IsSymbol 7564 4248147192
// CHECK-NEXT: ToUpper 1410 950133347
// CHECK-NEXT: ToLower 1393 1208055808
// CHECK-NEXT: ToTitle 1364 3389232641
// CHECK-NEXT: SimpleFold 2798 2023506607
// CHECK-NEXT: TurkishUpper 1410 2470080876
// CHECK-NEXT: TurkishLower 1393 1378643144
// CHECK-NEXT: AzeriTitle 1364 4217204746
// CHECK-NEXT: 88 120 453 65533 65533
// CHECK-NEXT: 65: 97 65
// CHECK-NEXT: 97: 65 97
// CHECK-NEXT: 75: 107 8490 75
// CHECK-NEXT: 107: 8490 75 107
// CHECK-NEXT: 8490: 75 107 8490
// CHECK-NEXT: 83: 115 383 83
// CHECK-NEXT: 115: 383 83 115
// CHECK-NEXT: 383: 83 115 383
// CHECK-NEXT: 49: 49
// CHECK-NEXT: -2: -2
// CHECK-NEXT: 1114112: 1114112
// CHECK-NEXT: 931: 962 963 931
// CHECK-NEXT: 963: 931 962 963
// CHECK-NEXT: 962: 963 931 962
// CHECK-NEXT: 304: 304
// CHECK-NEXT: 305: 305
// CHECK-NEXT: 453: 454 452 453
// CHECK-NEXT: 181: 924 956 181
// CHECK-NEXT: 223: 7838 223
// CHECK-NEXT: 7838: 223 7838
