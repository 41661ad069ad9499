// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Function literals cannot have type parameters.
// CHECK: {{.*}}funclit_type_params.go:6:13: syntax error: function type must have no type parameters
package main

var f = func[T any](x T) {}

func main() {}
