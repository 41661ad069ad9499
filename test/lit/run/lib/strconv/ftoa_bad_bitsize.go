// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// strconv: FormatFloat panics on a bit size other than 32 or 64.

package main

import "strconv"

func main() {
	println(strconv.FormatFloat(1.5, 'g', -1, 32))
	println(strconv.FormatFloat(1.5, 'g', -1, 16))
}

// CHECK: 1.5
// CHECK-NEXT: panic: strconv: illegal AppendFloat/FormatFloat bitSize
