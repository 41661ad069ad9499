// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// A method needs exactly one receiver.
// CHECK: {{.*}}method_no_receiver.go:6:9: method has no receiver
package main

func () f() {}

func main() {}
