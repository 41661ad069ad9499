// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// byte is uint8 and rune is int32.

package main

func main() {
	var b byte = 'A'
	var r rune = 'é'
	println(b, r, b+1, r+1)
	var u uint8 = b
	var i int32 = r
	println(u, i)
	println('a' - 'A', '\n', '\x7f', '\u00e9', '\U0001F600')
}

// CHECK: 65 233 66 234
// CHECK-NEXT: 65 233
// CHECK-NEXT: 32 10 127 233 128512
