// RUN: %golite build -o %t %s && %expect-exit 3 %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// os.Exit ends the program at once with the given status; defers do not run.

package main

import "os"

func main() {
	defer println("never printed")
	println("exiting")
	os.Exit(3)
}

// CHECK: exiting
