// RUN: %golite build -o %t %s && %expect-exit 1 %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// log.Fatal writes to standard error and exits with status 1 without
// running deferred calls.

package main

import (
	"fmt"
	"log"
)

func main() {
	defer fmt.Println("deferred: not printed")
	log.SetFlags(log.Lmsgprefix)
	log.SetPrefix("prog: ")
	log.Print("first")
	log.Fatal("cannot ", "continue")
}

// CHECK: prog: first
// CHECK-NEXT: prog: cannot continue
