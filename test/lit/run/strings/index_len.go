// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// len counts bytes; indexing yields bytes.

package main

func main() {
	s := "héllo"
	println(len(s))
	for i := 0; i < len(s); i++ {
		print(s[i], " ")
	}
	println()
	println(s[0] == 'h', s[1])
}

// CHECK: 6
// CHECK-NEXT: 104 195 169 108 108 111 
// CHECK-NEXT: true 195
