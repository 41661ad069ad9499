// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// fmt: the Go 1.19 Append, Appendf and Appendln functions.

package main

import "fmt"

func main() {
	b := []byte("start:")
	b = fmt.Append(b, 1, 2, "x", "y", 3.5)
	b = fmt.Appendf(b, "|%05d|%-4s|", 42, "ab")
	b = fmt.Appendln(b, "end", true)
	fmt.Print(string(b))
	fmt.Println(len(fmt.Append(nil)), string(fmt.Appendf(nil, "%d%%", 50)))
}

// CHECK: start:1 2xy3.5|00042|ab  |end true
// CHECK-NEXT: 0 50%
