// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// gc stops after 10 errors.
// CHECK: {{.*}}too_many_errors.go:16:12: syntax error: unexpected literal 1 after top level declaration
// CHECK: {{.*}}too_many_errors.go:17:12: syntax error: unexpected literal 1 after top level declaration
// CHECK: {{.*}}too_many_errors.go:18:12: syntax error: unexpected literal 1 after top level declaration
// CHECK: {{.*}}too_many_errors.go:19:12: syntax error: unexpected literal 1 after top level declaration
// CHECK: {{.*}}too_many_errors.go:20:12: syntax error: unexpected literal 1 after top level declaration
// CHECK: {{.*}}too_many_errors.go:21:12: syntax error: unexpected literal 1 after top level declaration
// CHECK: {{.*}}too_many_errors.go:22:12: syntax error: unexpected literal 1 after top level declaration
// CHECK: {{.*}}too_many_errors.go:23:12: syntax error: unexpected literal 1 after top level declaration
// CHECK: {{.*}}too_many_errors.go:24:12: syntax error: unexpected literal 1 after top level declaration
// CHECK: {{.*}}too_many_errors.go:25:13: syntax error: unexpected literal 1 after top level declaration
// CHECK: {{.*}}too_many_errors.go:25:13: too many errors
package main

var a1 = 1 1
var a2 = 1 1
var a3 = 1 1
var a4 = 1 1
var a5 = 1 1
var a6 = 1 1
var a7 = 1 1
var a8 = 1 1
var a9 = 1 1
var a10 = 1 1
var a11 = 1 1
var a12 = 1 1
