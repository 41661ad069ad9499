// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// utf16: surrogate pairs, Encode/Decode of valid and broken sequences.

package main

import "unicode/utf16"

func main() {
	for _, r := range []rune{0, 'a', 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xffff,
		0x10000, 0x1f600, 0x10ffff, 0x110000, -1} {
		r1, r2 := utf16.EncodeRune(r)
		println(r, utf16.IsSurrogate(r), r1, r2, utf16.DecodeRune(r1, r2))
	}
	println(utf16.DecodeRune(0xdc00, 0xd800), utf16.DecodeRune(0xd800, 'a'))
	enc := utf16.Encode([]rune{'h', 0x1f600, 0xd800, -5, 0x110000, 0xffff, 0x10000})
	println(len(enc))
	for _, u := range enc {
		print(u, " ")
	}
	println()
	for _, in := range [][]uint16{
		{}, {'a', 'b'}, {0xd83d, 0xde00}, {0xd83d}, {0xde00, 0xd83d}, {0xd83d, 'x', 0xde00},
		{0xd800, 0xd800, 0xdc00}, {0xdbff, 0xdfff, 0xe000},
	} {
		dec := utf16.Decode(in)
		print(len(dec), ":")
		for _, r := range dec {
			print(" ", r)
		}
		println()
	}
	println(len(utf16.Encode(nil)), utf16.Decode(nil) == nil)
}

// CHECK: 0 false 65533 65533 65533
// CHECK-NEXT: 97 false 65533 65533 65533
// CHECK-NEXT: 55295 false 65533 65533 65533
// CHECK-NEXT: 55296 true 65533 65533 65533
// CHECK-NEXT: 56319 true 65533 65533 65533
// CHECK-NEXT: 56320 true 65533 65533 65533
// CHECK-NEXT: 57343 true 65533 65533 65533
// CHECK-NEXT: 57344 false 65533 65533 65533
// CHECK-NEXT: 65535 false 65533 65533 65533
// CHECK-NEXT: 65536 false 55296 56320 65536
// CHECK-NEXT: 128512 false 55357 56832 128512
// CHECK-NEXT: 1114111 false 56319 57343 1114111
// CHECK-NEXT: 1114112 false 65533 65533 65533
// CHECK-NEXT: -1 false 65533 65533 65533
// CHECK-NEXT: 65533 65533
// CHECK-NEXT: 9
// CHECK-NEXT: 104 55357 56832 65533 65533 65533 65535 55296 56320
// CHECK-NEXT: 0:
// CHECK-NEXT: 2: 97 98
// CHECK-NEXT: 1: 128512
// CHECK-NEXT: 1: 65533
// CHECK-NEXT: 2: 65533 65533
// CHECK-NEXT: 3: 65533 120 65533
// CHECK-NEXT: 2: 65533 65536
// CHECK-NEXT: 2: 1114111 57344
// CHECK-NEXT: 0 false
