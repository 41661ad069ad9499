// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// switch on strings.

package main

func kind(s string) string {
	switch s {
	case "":
		return "empty"
	case "a", "e", "i", "o", "u":
		return "vowel"
	case "hello":
		return "greeting"
	}
	return "other"
}

func main() {
	for _, s := range []string{"", "e", "hello", "x", "hell"} {
		println(s, kind(s))
	}
}

// CHECK:  empty
// CHECK-NEXT: e vowel
// CHECK-NEXT: hello greeting
// CHECK-NEXT: x other
// CHECK-NEXT: hell other
