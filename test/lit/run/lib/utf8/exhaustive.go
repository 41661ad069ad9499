// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// utf8 over every 1- and 2-byte input, every 3-byte input starting with a
// lead byte, and 4-byte inputs with every lead and second byte: decoding
// both ways, FullRune, Valid and RuneCount hashed against Go's, and
// EncodeRune/AppendRune/RuneLen/ValidRune over every code point.

package main

import "unicode/utf8"

var h uint32 = 2166136261

func mix(v int) { h = (h ^ uint32(v)) * 16777619 }

func check(b []byte) {
	r, n := utf8.DecodeRune(b)
	mix(int(r))
	mix(n)
	r, n = utf8.DecodeRuneInString(string(b))
	mix(int(r))
	mix(n)
	r, n = utf8.DecodeLastRune(b)
	mix(int(r))
	mix(n)
	r, n = utf8.DecodeLastRuneInString(string(b))
	mix(int(r))
	mix(n)
	if utf8.FullRune(b) {
		mix(1)
	}
	if utf8.FullRuneInString(string(b)) {
		mix(2)
	}
	if utf8.Valid(b) {
		mix(3)
	}
	if utf8.ValidString(string(b)) {
		mix(4)
	}
	mix(utf8.RuneCount(b))
	mix(utf8.RuneCountInString(string(b)))
}

func main() {
	b := make([]byte, 4)
	check(nil)
	for x := 0; x < 256; x++ {
		b[0] = byte(x)
		check(b[:1])
		for y := 0; y < 256; y++ {
			b[1] = byte(y)
			check(b[:2])
		}
	}
	println("1-2 bytes", h)
	for x := 0xC0; x < 256; x++ {
		b[0] = byte(x)
		for y := 0; y < 256; y++ {
			b[1] = byte(y)
			for z := 0; z < 256; z++ {
				b[2] = byte(z)
				check(b[:3])
			}
		}
	}
	println("3 bytes", h)
	for x := 0xE0; x < 256; x++ {
		b[0] = byte(x)
		for y := 0x70; y < 0xC8; y++ {
			b[1] = byte(y)
			for _, z := range []byte{0x00, 0x7f, 0x80, 0xa5, 0xbf, 0xc0} {
				b[2] = z
				for _, w := range []byte{0x41, 0x80, 0x9c, 0xbf, 0xc0, 0xff} {
					b[3] = w
					check(b[:4])
				}
			}
		}
	}
	println("4 bytes", h)
	var buf [utf8.UTFMax]byte
	var app []byte
	for r := rune(-2); r <= utf8.MaxRune+2; r++ {
		n := utf8.EncodeRune(buf[:], r)
		for _, c := range buf[:n] {
			mix(int(c))
		}
		mix(utf8.RuneLen(r))
		if utf8.ValidRune(r) {
			mix(7)
		}
		app = utf8.AppendRune(app[:0], r)
		if string(app) != string(buf[:n]) {
			println("AppendRune differs at", r)
		}
	}
	println("encode", h)
	for c := 0; c < 256; c++ {
		if utf8.RuneStart(byte(c)) {
			mix(c)
		}
	}
	println("RuneStart", h)
}

// CHECK: 1-2 bytes 1532774089
// CHECK-NEXT: 3 bytes 3942422217
// CHECK-NEXT: 4 bytes 454424777
// CHECK-NEXT: encode 2684684633
// CHECK-NEXT: RuneStart 66467993
