// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// os.Exit(0) after output ends the program successfully.

package main

import "os"

func main() {
	println("before")
	os.Exit(0)
	println("after")
}

// CHECK: before
