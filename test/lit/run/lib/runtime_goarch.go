// RUN: %golite build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} -DGOARCH=%goarch %s
// runtime.GOOS and runtime.GOARCH name the target the program was built
// for: GOARCH=arm64 builds (lit --param goarch=arm64) print arm64.

package main

import "runtime"

func main() {
	println(runtime.GOOS, runtime.GOARCH)
}

// CHECK: linux [[GOARCH]]
