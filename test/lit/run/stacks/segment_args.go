// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Arguments and results cross stack segment boundaries intact: each
// signature is called at every depth from 0 to 3000 below a recursion, so
// some calls land exactly on a boundary (the callee runs on a new segment).

package main

type B struct {
	a [20]int
	s string
	f float64
}

func (b B) Sum(k int) int {
	t := k
	for _, v := range b.a {
		t += v
	}
	return t + len(b.s) + int(b.f)
}

type Summer interface{ Sum(k int) int }

func many(a, b, c, d, e, f, g, h, i, j int, x, y, z float64, s string, u8 uint8, i32 int32) int {
	return a + 2*b + 3*c + 4*d + 5*e + 6*f + 7*g + 8*h + 9*i + 10*j + int(x*11+y*12+z*13) + len(s) + int(u8) + int(i32)
}

func bigval(b B, n int) B {
	b.a[n%20] += n
	b.s = b.s[:n%len(b.s)+1]
	b.f += 0.5
	return b
}

func multi(a, b int, s string) (int, string, float64, bool, int) {
	return a + b, s + "!", float64(a) / 2, a > b, a * b
}

func descend(d int, f func() int) int {
	if d == 0 {
		return f()
	}
	return (descend(d-1, f)*3 + d) % 1000003
}

func main() {
	const maxDepth = 3000
	total := 0
	base := B{s: "abcdefghij", f: 1.5}
	for i := range base.a {
		base.a[i] = i * i
	}
	var sm Summer = base
	k := 7
	closure := func() int { k++; return k }
	for d := 0; d <= maxDepth; d++ {
		total += descend(d, func() int {
			return many(d, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1.5, 2.5, 3.5, "hello", 200, -7)
		})
		total += descend(d, func() int {
			r := bigval(base, d)
			return r.Sum(d) + len(r.s)
		})
		total += descend(d, func() int {
			a, s, f, ok, m := multi(d, 3, "x")
			if ok {
				a++
			}
			return a + len(s) + int(f) + m
		})
		total += descend(d, closure)
		total += descend(d, func() int { return sm.Sum(d) })
		total %= 1000000007
	}
	println(total, k)
}

// CHECK: 405295991 3008
