// RUN: %golite build -emit-llvm -o - %s | FileCheck %s
// REQUIRES: golite
// Integer division never traps on MinInt/-1, checks for zero through a cold
// panic branch, and shifts of width or more are defined.

package main

func div(x, y int) int { return x / y }
func rem(x, y int64) int64 { return x % y }
func udiv(x, y uint32) uint32 { return x / y }
func shl(x uint8, s uint) uint8 { return x << s }
func sar(x int16, s int) int16 { return x >> s }
func wrap(x int32) int32 { return x + 1 }

func main() {
	println(div(7, 2), rem(7, 3), udiv(9, 3), shl(1, 9), sar(-8, 100), wrap(1<<31-1))
}

// CHECK-LABEL: define internal i64 @main.div(
// CHECK: icmp eq i64 %{{.*}}, 0
// CHECK: call void @runtime.panicdivide()
// CHECK: icmp eq i64 %{{.*}}, -1
// CHECK: sdiv i64
// CHECK-LABEL: define internal i64 @main.rem(
// CHECK: srem i64
// CHECK-LABEL: define internal i32 @main.udiv(
// CHECK: udiv i32
// CHECK-LABEL: define internal i8 @main.shl(
// CHECK: icmp uge i64 %{{.*}}, 8
// CHECK: shl i8
// CHECK-LABEL: define internal i16 @main.sar(
// CHECK: call void @runtime.panicshift()
// CHECK: ashr i16
// CHECK-LABEL: define internal i32 @main.wrap(
// CHECK: add i32 %{{.*}}, 1
// CHECK-NOT: nsw
// CHECK-LABEL: define void @main.main(
