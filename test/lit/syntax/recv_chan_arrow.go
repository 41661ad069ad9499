// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Wrong use of <- in a channel type.
// CHECK: {{.*}}recv_chan_arrow.go:6:16: syntax error: unexpected int, expecting chan
package main

var c <-chan<- int

func main() {}
