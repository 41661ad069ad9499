// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// string <-> []rune conversions decode and encode UTF-8.

package main

func main() {
	s := "aé世😀"
	r := []rune(s)
	println(len(s), len(r))
	for _, c := range r {
		print(c, " ")
	}
	println()
	r[1] = 'E'
	println(string(r))
	bad := "a\xffb"
	rb := []rune(bad)
	println(len(rb), rb[1])
}

// CHECK: 10 4
// CHECK-NEXT: 97 233 19990 128512 
// CHECK-NEXT: aE世😀
// CHECK-NEXT: 3 65533
