// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A file must start with a package clause.
// CHECK: {{.*}}missing_package.go:5:1: syntax error: package statement must be first

func main() {}
