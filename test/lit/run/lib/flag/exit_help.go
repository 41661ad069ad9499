// RUN: %golite build -o %t %s && %expect-exit 0 %run %t -help 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// -help with no such flag defined calls the program's Usage and exits 0;
// flag.Args and NArg see what follows the flags.

package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "custom usage")
		flag.PrintDefaults()
	}
	flag.Uint64("limit", 10, "the limit")
	flag.Bool("q", true, "quiet")
	flag.Parse()
	fmt.Println("not reached", os.Args)
}

// CHECK: custom usage
// CHECK-NEXT:   -limit uint
// CHECK-NEXT:     	the limit (default 10)
// CHECK-NEXT:   -q	quiet (default true)
