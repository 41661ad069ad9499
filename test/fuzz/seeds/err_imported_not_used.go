// RUN: not %golite build %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// An import that is never used.

package main

import "os"

func main() {
}

// CHECK: {{.*}}imported_not_used.go:6:8: imported and not used: "os"
