// RUN: %golite build -emit-llvm -o - %s | FileCheck %s
// REQUIRES: golite
// A //go:noinline directive right before a function declaration makes it
// noinline, as with gc; other directives and plain comments do not.

package main

//go:noinline
func kept(a int) int { return a + 1 }

// go:noinline (a plain comment: the space makes it one)
func inlinable(a int) int { return a * 2 }

//go:noinline
func (t T) method() int { return int(t) + 3 }

type T int

func main() {
	println(kept(1), inlinable(2), T(4).method())
}

// CHECK: define internal i64 @main.kept({{.*}}) #[[NOINL:[0-9]+]]
// CHECK: define internal i64 @main.inlinable({{.*}}) #[[PLAIN:[0-9]+]]
// CHECK: define internal i64 @main.T.method({{.*}}) #[[NOINL]]
// CHECK-NOT: attributes #[[PLAIN]] = {{.*}}noinline
// CHECK: attributes #[[NOINL]] = {{.*}}noinline
