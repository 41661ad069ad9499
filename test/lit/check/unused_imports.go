// RUN: not %golite check %s 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Imports that are never used.

package main

import "os"
import xos "os"

func main() {}

// CHECK: {{.*}}unused_imports.go:6:8: imported and not used: "os"
// CHECK-NEXT: {{.*}}unused_imports.go:7:8: imported and not used: "os" as xos
