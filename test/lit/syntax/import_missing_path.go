// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// An import needs a path.
// CHECK: {{.*}}import_missing_path.go:6:11: syntax error: missing import path
package main

import fmt

func main() {}
