// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// strings.Index/LastIndex/Count/Contains and bytes.Index on long inputs
// with many false candidates (the fallback to a linear search), patterns at
// the very start and end, against a naive search.

package main

import (
	"bytes"
	"strings"
)

func naiveIndex(s, sep string) int {
	for i := 0; i+len(sep) <= len(s); i++ {
		if s[i:i+len(sep)] == sep {
			return i
		}
	}
	return -1
}

func naiveLast(s, sep string) int {
	for i := len(s) - len(sep); i >= 0; i-- {
		if s[i:i+len(sep)] == sep {
			return i
		}
	}
	return -1
}

func main() {
	a := strings.Repeat("a", 5000)
	hay := []string{a, a + "b", "b" + a, a + "ab" + a, strings.Repeat("ab", 3000) + "abc",
		strings.Repeat("xyz", 2000), strings.Repeat("abcabd", 1000) + "abcabe"}
	needles := []string{"a", "aa", "ab", "ba", a[:100] + "b", a[:4999] + "b", "abc", "abcabe",
		"xyzx", "zx", "abd", a, a + "b", a + a, "q", "bb"}
	bad := 0
	for hi, h := range hay {
		for _, n := range needles {
			i, l := strings.Index(h, n), strings.LastIndex(h, n)
			if i != naiveIndex(h, n) || l != naiveLast(h, n) || bytes.Index([]byte(h), []byte(n)) != i ||
				strings.Contains(h, n) != (i >= 0) || bytes.LastIndex([]byte(h), []byte(n)) != l {
				bad++
			}
			if len(n) <= 6 {
				println(hi, n, i, l, strings.Count(h, n))
			} else {
				println(hi, len(n), i, l, strings.Count(h, n))
			}
		}
	}
	println("mismatches", bad)
}

// CHECK: 0 a 0 4999 5000
// CHECK-NEXT: 0 aa 0 4998 2500
// CHECK-NEXT: 0 ab -1 -1 0
// CHECK-NEXT: 0 ba -1 -1 0
// CHECK-NEXT: 0 101 -1 -1 0
// CHECK-NEXT: 0 5000 -1 -1 0
// CHECK-NEXT: 0 abc -1 -1 0
// CHECK-NEXT: 0 abcabe -1 -1 0
// CHECK-NEXT: 0 xyzx -1 -1 0
// CHECK-NEXT: 0 zx -1 -1 0
// CHECK-NEXT: 0 abd -1 -1 0
// CHECK-NEXT: 0 5000 0 0 1
// CHECK-NEXT: 0 5001 -1 -1 0
// CHECK-NEXT: 0 10000 -1 -1 0
// CHECK-NEXT: 0 q -1 -1 0
// CHECK-NEXT: 0 bb -1 -1 0
// CHECK-NEXT: 1 a 0 4999 5000
// CHECK-NEXT: 1 aa 0 4998 2500
// CHECK-NEXT: 1 ab 4999 4999 1
// CHECK-NEXT: 1 ba -1 -1 0
// CHECK-NEXT: 1 101 4900 4900 1
// CHECK-NEXT: 1 5000 1 1 1
// CHECK-NEXT: 1 abc -1 -1 0
// CHECK-NEXT: 1 abcabe -1 -1 0
// CHECK-NEXT: 1 xyzx -1 -1 0
// CHECK-NEXT: 1 zx -1 -1 0
// CHECK-NEXT: 1 abd -1 -1 0
// CHECK-NEXT: 1 5000 0 0 1
// CHECK-NEXT: 1 5001 0 0 1
// CHECK-NEXT: 1 10000 -1 -1 0
// CHECK-NEXT: 1 q -1 -1 0
// CHECK-NEXT: 1 bb -1 -1 0
// CHECK-NEXT: 2 a 1 5000 5000
// CHECK-NEXT: 2 aa 1 4999 2500
// CHECK-NEXT: 2 ab -1 -1 0
// CHECK-NEXT: 2 ba 0 0 1
// CHECK-NEXT: 2 101 -1 -1 0
// CHECK-NEXT: 2 5000 -1 -1 0
// CHECK-NEXT: 2 abc -1 -1 0
// CHECK-NEXT: 2 abcabe -1 -1 0
// CHECK-NEXT: 2 xyzx -1 -1 0
// CHECK-NEXT: 2 zx -1 -1 0
// CHECK-NEXT: 2 abd -1 -1 0
// CHECK-NEXT: 2 5000 1 1 1
// CHECK-NEXT: 2 5001 -1 -1 0
// CHECK-NEXT: 2 10000 -1 -1 0
// CHECK-NEXT: 2 q -1 -1 0
// CHECK-NEXT: 2 bb -1 -1 0
// CHECK-NEXT: 3 a 0 10001 10001
// CHECK-NEXT: 3 aa 0 10000 5000
// CHECK-NEXT: 3 ab 5000 5000 1
// CHECK-NEXT: 3 ba 5001 5001 1
// CHECK-NEXT: 3 101 4901 4901 1
// CHECK-NEXT: 3 5000 2 2 1
// CHECK-NEXT: 3 abc -1 -1 0
// CHECK-NEXT: 3 abcabe -1 -1 0
// CHECK-NEXT: 3 xyzx -1 -1 0
// CHECK-NEXT: 3 zx -1 -1 0
// CHECK-NEXT: 3 abd -1 -1 0
// CHECK-NEXT: 3 5000 0 5002 2
// CHECK-NEXT: 3 5001 1 1 1
// CHECK-NEXT: 3 10000 -1 -1 0
// CHECK-NEXT: 3 q -1 -1 0
// CHECK-NEXT: 3 bb -1 -1 0
// CHECK-NEXT: 4 a 0 6000 3001
// CHECK-NEXT: 4 aa -1 -1 0
// CHECK-NEXT: 4 ab 0 6000 3001
// CHECK-NEXT: 4 ba 1 5999 3000
// CHECK-NEXT: 4 101 -1 -1 0
// CHECK-NEXT: 4 5000 -1 -1 0
// CHECK-NEXT: 4 abc 6000 6000 1
// CHECK-NEXT: 4 abcabe -1 -1 0
// CHECK-NEXT: 4 xyzx -1 -1 0
// CHECK-NEXT: 4 zx -1 -1 0
// CHECK-NEXT: 4 abd -1 -1 0
// CHECK-NEXT: 4 5000 -1 -1 0
// CHECK-NEXT: 4 5001 -1 -1 0
// CHECK-NEXT: 4 10000 -1 -1 0
// CHECK-NEXT: 4 q -1 -1 0
// CHECK-NEXT: 4 bb -1 -1 0
// CHECK-NEXT: 5 a -1 -1 0
// CHECK-NEXT: 5 aa -1 -1 0
// CHECK-NEXT: 5 ab -1 -1 0
// CHECK-NEXT: 5 ba -1 -1 0
// CHECK-NEXT: 5 101 -1 -1 0
// CHECK-NEXT: 5 5000 -1 -1 0
// CHECK-NEXT: 5 abc -1 -1 0
// CHECK-NEXT: 5 abcabe -1 -1 0
// CHECK-NEXT: 5 xyzx 0 5994 1000
// CHECK-NEXT: 5 zx 2 5996 1999
// CHECK-NEXT: 5 abd -1 -1 0
// CHECK-NEXT: 5 5000 -1 -1 0
// CHECK-NEXT: 5 5001 -1 -1 0
// CHECK-NEXT: 5 10000 -1 -1 0
// CHECK-NEXT: 5 q -1 -1 0
// CHECK-NEXT: 5 bb -1 -1 0
// CHECK-NEXT: 6 a 0 6003 2002
// CHECK-NEXT: 6 aa -1 -1 0
// CHECK-NEXT: 6 ab 0 6003 2002
// CHECK-NEXT: 6 ba -1 -1 0
// CHECK-NEXT: 6 101 -1 -1 0
// CHECK-NEXT: 6 5000 -1 -1 0
// CHECK-NEXT: 6 abc 0 6000 1001
// CHECK-NEXT: 6 abcabe 6000 6000 1
// CHECK-NEXT: 6 xyzx -1 -1 0
// CHECK-NEXT: 6 zx -1 -1 0
// CHECK-NEXT: 6 abd 3 5997 1000
// CHECK-NEXT: 6 5000 -1 -1 0
// CHECK-NEXT: 6 5001 -1 -1 0
// CHECK-NEXT: 6 10000 -1 -1 0
// CHECK-NEXT: 6 q -1 -1 0
// CHECK-NEXT: 6 bb -1 -1 0
// CHECK-NEXT: mismatches 0
