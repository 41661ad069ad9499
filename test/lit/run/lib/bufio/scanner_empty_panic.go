// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// A SplitFunc that keeps returning empty tokens at EOF without advancing
// makes Scan panic after 100 of them.

package main

import (
	"bufio"
	"strings"
)

func main() {
	s := bufio.NewScanner(strings.NewReader(""))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 0, []byte{}, nil })
	n := 0
	for s.Scan() {
		n++
		if n%50 == 0 {
			println("tokens", n)
		}
	}
}

// CHECK: tokens 50
// CHECK-NEXT: tokens 100
// CHECK-NEXT: panic: bufio.Scan: too many empty tokens without progressing
