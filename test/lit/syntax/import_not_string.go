// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// An import path must be a string literal.
// CHECK: {{.*}}import_not_string.go:6:10: syntax error: import path must be a string
package main

import 42

func main() {}
