// RUN: env GOARCH=mips %expect-exit 1 %golite build -o %t %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// RUN: env GOARCH=mips %expect-exit 1 %golite version 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// REQUIRES: golite
// A GOARCH golite cannot target (it targets amd64 and arm64) is a
// diagnostic and exit status 1, for build and version alike.

package main

func main() {}

// CHECK: golite: unsupported GOARCH mips
