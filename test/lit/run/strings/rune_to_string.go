// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// string(rune) encodes a code point; invalid ones become U+FFFD.

package main

func main() {
	println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)) == "\uFFFD")
	println(len(string(rune(0x10FFFF))), string(rune(0x110000)) == "\uFFFD", string(rune(0xD800)) == "\uFFFD")
	var b byte = 'z'
	println(string(b))
}

// CHECK: A 世 true
// CHECK-NEXT: 4 true true
// CHECK-NEXT: z
