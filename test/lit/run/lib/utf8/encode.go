// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// utf8 encoding: EncodeRune, AppendRune, RuneLen, ValidRune, RuneStart and
// the constants, including out-of-range runes and surrogates.

package main

import "unicode/utf8"

var runes = []rune{0, 1, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdbff, 0xdc00,
	0xdfff, 0xe000, 0xfffd, 0xfffe, 0xffff, 0x10000, 0x1f600, 0x10ffff, 0x110000,
	-1, -0x80000000, 0x7fffffff, 'a', 'é', '世'}

func hex(b []byte) string {
	const digits = "0123456789abcdef"
	s := ""
	for _, c := range b {
		s += string(digits[c>>4]) + string(digits[c&15])
	}
	return s
}

func main() {
	println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
	for _, r := range runes {
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], r)
		app := utf8.AppendRune([]byte("x"), r)
		println(r, n, hex(buf[:n]), hex(app), utf8.RuneLen(r), utf8.ValidRune(r))
	}
	for b := 0; b < 256; b += 15 {
		println(b, utf8.RuneStart(byte(b)))
	}
	// Round trip of every valid rune, in steps.
	bad := 0
	for r := rune(0); r <= utf8.MaxRune; r += 7 {
		var buf [4]byte
		n := utf8.EncodeRune(buf[:], r)
		d, m := utf8.DecodeRune(buf[:n])
		if utf8.ValidRune(r) && (d != r || m != n || n != utf8.RuneLen(r)) {
			bad++
		}
		if !utf8.ValidRune(r) && (d != utf8.RuneError || n != 3) {
			bad++
		}
		if string(r) != string(buf[:n]) {
			bad++
		}
	}
	println("bad", bad)
	// A buffer that is too short panics with Go's index error.
	defer func() { println("recovered:", recover().(error).Error()) }()
	small := make([]byte, 2)
	utf8.EncodeRune(small, 0x20ac)
}

// CHECK: 65533 128 1114111 4
// CHECK-NEXT: 0 1 00 7800 1 true
// CHECK-NEXT: 1 1 01 7801 1 true
// CHECK-NEXT: 127 1 7f 787f 1 true
// CHECK-NEXT: 128 2 c280 78c280 2 true
// CHECK-NEXT: 2047 2 dfbf 78dfbf 2 true
// CHECK-NEXT: 2048 3 e0a080 78e0a080 3 true
// CHECK-NEXT: 55295 3 ed9fbf 78ed9fbf 3 true
// CHECK-NEXT: 55296 3 efbfbd 78efbfbd -1 false
// CHECK-NEXT: 56319 3 efbfbd 78efbfbd -1 false
// CHECK-NEXT: 56320 3 efbfbd 78efbfbd -1 false
// CHECK-NEXT: 57343 3 efbfbd 78efbfbd -1 false
// CHECK-NEXT: 57344 3 ee8080 78ee8080 3 true
// CHECK-NEXT: 65533 3 efbfbd 78efbfbd 3 true
// CHECK-NEXT: 65534 3 efbfbe 78efbfbe 3 true
// CHECK-NEXT: 65535 3 efbfbf 78efbfbf 3 true
// CHECK-NEXT: 65536 4 f0908080 78f0908080 4 true
// CHECK-NEXT: 128512 4 f09f9880 78f09f9880 4 true
// CHECK-NEXT: 1114111 4 f48fbfbf 78f48fbfbf 4 true
// CHECK-NEXT: 1114112 3 efbfbd 78efbfbd -1 false
// CHECK-NEXT: -1 3 efbfbd 78efbfbd -1 false
// CHECK-NEXT: -2147483648 3 efbfbd 78efbfbd -1 false
// CHECK-NEXT: 2147483647 3 efbfbd 78efbfbd -1 false
// CHECK-NEXT: 97 1 61 7861 1 true
// CHECK-NEXT: 233 2 c3a9 78c3a9 2 true
// CHECK-NEXT: 19990 3 e4b896 78e4b896 3 true
// CHECK-NEXT: 0 true
// CHECK-NEXT: 15 true
// CHECK-NEXT: 30 true
// CHECK-NEXT: 45 true
// CHECK-NEXT: 60 true
// CHECK-NEXT: 75 true
// CHECK-NEXT: 90 true
// CHECK-NEXT: 105 true
// CHECK-NEXT: 120 true
// CHECK-NEXT: 135 false
// CHECK-NEXT: 150 false
// CHECK-NEXT: 165 false
// CHECK-NEXT: 180 false
// CHECK-NEXT: 195 true
// CHECK-NEXT: 210 true
// CHECK-NEXT: 225 true
// CHECK-NEXT: 240 true
// CHECK-NEXT: 255 true
// CHECK-NEXT: bad 0
// CHECK-NEXT: recovered: runtime error: index out of range [2] with length 2
