// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Replacer.WriteString on long inputs (the byte replacer writes in 32 KiB
// pieces) and on writers that fail: how many bytes each kind reports and
// the error it returns.

package main

import (
	"errors"
	"strings"
)

type counter struct {
	calls, bytes int
	sizes        string
}

func (c *counter) Write(p []byte) (int, error) {
	c.calls++
	c.bytes += len(p)
	if c.calls <= 4 {
		c.sizes += " " + itoa(len(p))
	}
	return len(p), nil
}

type failing struct{ left int }

var errFull = errors.New("full")

func (f *failing) Write(p []byte) (int, error) {
	if len(p) > f.left {
		n := f.left
		f.left = 0
		return n, errFull
	}
	f.left -= len(p)
	return len(p), nil
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}

func e(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	long := strings.Repeat("abcdefgh", 10000) // 80000 bytes
	reps := []*strings.Replacer{
		strings.NewReplacer("a", "A", "h", "H"),
		strings.NewReplacer("a", "AA", "h", ""),
		strings.NewReplacer("abc", "x", "gh", "GH"),
		strings.NewReplacer("", "-"),
		strings.NewReplacer("defg", "_"),
	}
	for i, r := range reps {
		var c counter
		n, err := r.WriteString(&c, long)
		println(i, n, e(err), c.calls, c.bytes, c.sizes)
		for _, room := range []int{0, 5, 40000} {
			f := &failing{left: room}
			n, err = r.WriteString(f, long)
			println(" ", room, n, e(err))
		}
		out := r.Replace(long)
		println(" ", len(out), out[:20])
	}
}

// CHECK: 0 80000 <nil> 3 80000  32768 32768 14464
// CHECK-NEXT:   0 0 full
// CHECK-NEXT:   5 5 full
// CHECK-NEXT:   40000 40000 full
// CHECK-NEXT:   80000 AbcdefgHAbcdefgHAbcd
// CHECK-NEXT: 1 80000 <nil> 30000 80000  2 6 0 2
// CHECK-NEXT:   0 0 full
// CHECK-NEXT:   5 5 full
// CHECK-NEXT:   40000 40000 full
// CHECK-NEXT:   80000 AAbcdefgAAbcdefgAAbc
// CHECK-NEXT: 2 60000 <nil> 40000 60000  0 1 3 2
// CHECK-NEXT:   0 0 full
// CHECK-NEXT:   5 5 full
// CHECK-NEXT:   40000 40000 full
// CHECK-NEXT:   60000 xdefGHxdefGHxdefGHxd
// CHECK-NEXT: 3 160001 <nil> 160002 160001  0 1 1 1
// CHECK-NEXT:   0 0 full
// CHECK-NEXT:   5 5 full
// CHECK-NEXT:   40000 40000 full
// CHECK-NEXT:   160001 -a-b-c-d-e-f-g-h-a-b
// CHECK-NEXT: 4 50000 <nil> 20001 50000  3 1 4 1
// CHECK-NEXT:   0 0 full
// CHECK-NEXT:   5 5 full
// CHECK-NEXT:   40000 40000 full
// CHECK-NEXT:   50000 abc_habc_habc_habc_h
