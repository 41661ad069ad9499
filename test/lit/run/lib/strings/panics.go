// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// The panic texts of strings and bytes: Repeat overflow and negative
// counts, Builder/Buffer Grow with a negative count, Buffer.Truncate out of
// range; and Repeat of nothing any number of times.

package main

import (
	"bytes"
	"strings"
)

func try(f func()) {
	defer func() { println(recover().(string)) }()
	f()
}

func main() {
	const maxInt = int(^uint(0) >> 1)
	try(func() { strings.Repeat("ab", maxInt/2+1) })
	try(func() { strings.Repeat("abc", -1) })
	try(func() { bytes.Repeat([]byte("ab"), maxInt/2+1) })
	try(func() { bytes.Repeat(nil, -1) })
	try(func() { var b bytes.Buffer; b.Truncate(1) })
	try(func() { var b bytes.Buffer; b.Grow(-1) })
	try(func() { var b strings.Builder; b.Grow(-2) })
	println(strings.Repeat("", maxInt) == "", len(bytes.Repeat(nil, maxInt)))
}

// CHECK: strings: Repeat count causes overflow
// CHECK-NEXT: strings: negative Repeat count
// CHECK-NEXT: bytes: Repeat count causes overflow
// CHECK-NEXT: bytes: negative Repeat count
// CHECK-NEXT: bytes.Buffer: truncation out of range
// CHECK-NEXT: bytes.Buffer.Grow: negative count
// CHECK-NEXT: strings.Builder.Grow: negative count
// CHECK-NEXT: true 0
