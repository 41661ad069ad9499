// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// strconv: FormatInt panics on a base outside 2..36.

package main

import "strconv"

func main() {
	println(strconv.FormatInt(35, 36))
	println(strconv.FormatInt(35, 37))
}

// CHECK: z
// CHECK-NEXT: panic: strconv: illegal AppendInt/FormatInt base
