// RUN: %golite build -o %t %s && %expect-exit 2 %run %t -v -zzz arg 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// The command-line flag set exits with status 2 after an undefined flag,
// printing the error and the default usage (named after os.Args[0]).

package main

import (
	"flag"
	"fmt"
	"time"
)

func main() {
	flag.Bool("v", false, "verbose")
	flag.Int("count", 1, "how many `times`")
	flag.String("s", "", "a string")
	flag.String("name", "x y", "a name")
	flag.Duration("d", time.Second, "delay")
	flag.Float64("f", 0, "factor")
	flag.Parse()
	fmt.Println("not reached")
}

// CHECK: flag provided but not defined: -zzz
// CHECK-NEXT: Usage of {{.*}}exit_undefined.go.tmp:
// CHECK-NEXT:   -count times
// CHECK-NEXT:     	how many times (default 1)
// CHECK-NEXT:   -d duration
// CHECK-NEXT:     	delay (default 1s)
// CHECK-NEXT:   -f float
// CHECK-NEXT:     	factor
// CHECK-NEXT:   -name string
// CHECK-NEXT:     	a name (default "x y")
// CHECK-NEXT:   -s string
// CHECK-NEXT:     	a string
// CHECK-NEXT:   -v	verbose
