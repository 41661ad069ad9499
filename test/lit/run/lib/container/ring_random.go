// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// A pseudo-random mix of Move, Link (same ring and other rings, zero
// Rings), Unlink and Prev, printing the ring after every step.

package main

import (
	"container/ring"
	"fmt"
)

var seed uint32 = 1

func rnd(n int) int {
	seed = seed*1664525 + 1013904223
	return int(seed>>8) % n
}

func dump(r *ring.Ring) string {
	s := fmt.Sprint(r.Len(), ":")
	r.Do(func(v any) { s += fmt.Sprint(" ", v) })
	return s
}

func main() {
	next := 0
	fresh := func(n int) *ring.Ring {
		r := ring.New(n)
		for i := 0; i < n; i++ {
			r.Value = next
			next++
			r = r.Next()
		}
		return r
	}
	r := fresh(5)
	for step := 0; step < 150; step++ {
		switch rnd(6) {
		case 0:
			r = r.Move(rnd(21) - 10)
		case 1:
			r.Link(fresh(rnd(4)))
		case 2:
			u := r.Unlink(rnd(7) - 1)
			fmt.Println("unlinked", dump(u))
		case 3:
			if r.Len() > 2 {
				r.Link(r.Move(rnd(r.Len())))
			}
		case 4:
			z := &ring.Ring{Value: -step}
			r.Link(z)
		case 5:
			r = r.Prev()
		}
		if r.Len() == 0 || r.Len() > 60 {
			r = fresh(3)
		}
		fmt.Println(step, dump(r))
	}
	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, z.Move(-3) == &z, ring.New(0) == nil, (*ring.Ring)(nil).Len())
}

// CHECK: 0 3: 0 3 4
// CHECK-NEXT: 1 3: 4 0 3
// CHECK-NEXT: unlinked 0:
// CHECK-NEXT: 2 3: 4 0 3
// CHECK-NEXT: 3 4: 4 5 0 3
// CHECK-NEXT: 4 4: 3 4 5 0
// CHECK-NEXT: unlinked 4: 4 5 0 3
// CHECK-NEXT: 5 4: 3 4 5 0
// CHECK-NEXT: 6 4: 5 0 3 4
// CHECK-NEXT: 7 1: 5
// CHECK-NEXT: 8 1: 5
// CHECK-NEXT: 9 1: 5
// CHECK-NEXT: 10 1: 5
// CHECK-NEXT: unlinked 1: 5
// CHECK-NEXT: 11 1: 5
// CHECK-NEXT: 12 1: 5
// CHECK-NEXT: unlinked 1: 5
// CHECK-NEXT: 13 1: 5
// CHECK-NEXT: 14 2: 5 6
// CHECK-NEXT: unlinked 0:
// CHECK-NEXT: 15 2: 5 6
// CHECK-NEXT: 16 2: 6 5
// CHECK-NEXT: 17 3: 6 -17 5
// CHECK-NEXT: unlinked 1: -17
// CHECK-NEXT: 18 2: 6 5
// CHECK-NEXT: 19 2: 5 6
// CHECK-NEXT: 20 3: 5 7 6
// CHECK-NEXT: 21 3: 5 7 6
// CHECK-NEXT: 22 2: 5 6
// CHECK-NEXT: 23 2: 5 6
// CHECK-NEXT: 24 2: 6 5
// CHECK-NEXT: unlinked 1: 5
// CHECK-NEXT: 25 1: 6
// CHECK-NEXT: 26 1: 6
// CHECK-NEXT: 27 1: 6
// CHECK-NEXT: 28 1: 6
// CHECK-NEXT: 29 1: 6
// CHECK-NEXT: 30 1: 6
// CHECK-NEXT: 31 1: 6
// CHECK-NEXT: 32 1: 6
// CHECK-NEXT: unlinked 0:
// CHECK-NEXT: 33 1: 6
// CHECK-NEXT: 34 1: 6
// CHECK-NEXT: unlinked 1: 6
// CHECK-NEXT: 35 1: 6
// CHECK-NEXT: 36 1: 6
// CHECK-NEXT: 37 2: 6 -37
// CHECK-NEXT: 38 2: -37 6
// CHECK-NEXT: 39 3: -37 -39 6
// CHECK-NEXT: unlinked 1: -39
// CHECK-NEXT: 40 2: -37 6
// CHECK-NEXT: 41 3: -37 -41 6
// CHECK-NEXT: 42 3: 6 -37 -41
// CHECK-NEXT: unlinked 2: -37 -41
// CHECK-NEXT: 43 1: 6
// CHECK-NEXT: 44 1: 6
// CHECK-NEXT: 45 1: 6
// CHECK-NEXT: 46 1: 6
// CHECK-NEXT: 47 1: 6
// CHECK-NEXT: 48 2: 6 -48
// CHECK-NEXT: 49 4: 6 8 9 -48
// CHECK-NEXT: 50 4: 9 -48 6 8
// CHECK-NEXT: 51 4: 8 9 -48 6
// CHECK-NEXT: 52 4: 8 9 -48 6
// CHECK-NEXT: 53 5: 8 -53 9 -48 6
// CHECK-NEXT: 54 6: 8 10 -53 9 -48 6
// CHECK-NEXT: 55 6: 8 10 -53 9 -48 6
// CHECK-NEXT: 56 6: -53 9 -48 6 8 10
// CHECK-NEXT: 57 6: 6 8 10 -53 9 -48
// CHECK-NEXT: 58 7: 6 11 8 10 -53 9 -48
// CHECK-NEXT: 59 7: -48 6 11 8 10 -53 9
// CHECK-NEXT: 60 2: -48 9
// CHECK-NEXT: unlinked 2: 9 -48
// CHECK-NEXT: 61 2: -48 9
// CHECK-NEXT: 62 2: 9 -48
// CHECK-NEXT: 63 4: 9 12 13 -48
// CHECK-NEXT: 64 6: 9 14 15 12 13 -48
// CHECK-NEXT: 65 6: 9 14 15 12 13 -48
// CHECK-NEXT: unlinked 1: 14
// CHECK-NEXT: 66 5: 9 15 12 13 -48
// CHECK-NEXT: 67 2: 9 -48
// CHECK-NEXT: 68 2: 9 -48
// CHECK-NEXT: 69 3: 9 -69 -48
// CHECK-NEXT: 70 3: -48 9 -69
// CHECK-NEXT: 71 3: 9 -69 -48
// CHECK-NEXT: 72 4: 9 16 -69 -48
// CHECK-NEXT: 73 4: 9 16 -69 -48
// CHECK-NEXT: 74 4: 9 16 -69 -48
// CHECK-NEXT: 75 2: 9 -48
// CHECK-NEXT: 76 2: -48 9
// CHECK-NEXT: 77 2: 9 -48
// CHECK-NEXT: 78 2: -48 9
// CHECK-NEXT: unlinked 1: 9
// CHECK-NEXT: 79 1: -48
// CHECK-NEXT: 80 2: -48 -80
// CHECK-NEXT: 81 2: -48 -80
// CHECK-NEXT: 82 5: -48 17 18 19 -80
// CHECK-NEXT: 83 5: -80 -48 17 18 19
// CHECK-NEXT: 84 5: 18 19 -80 -48 17
// CHECK-NEXT: 85 5: 17 18 19 -80 -48
// CHECK-NEXT: 86 1: 17
// CHECK-NEXT: 87 1: 17
// CHECK-NEXT: 88 2: 17 20
// CHECK-NEXT: 89 3: 17 21 20
// CHECK-NEXT: 90 4: 17 22 21 20
// CHECK-NEXT: 91 4: 20 17 22 21
// CHECK-NEXT: 92 4: 17 22 21 20
// CHECK-NEXT: 93 4: 20 17 22 21
// CHECK-NEXT: unlinked 0:
// CHECK-NEXT: 94 4: 20 17 22 21
// CHECK-NEXT: 95 4: 20 17 22 21
// CHECK-NEXT: 96 4: 21 20 17 22
// CHECK-NEXT: 97 4: 22 21 20 17
// CHECK-NEXT: 98 2: 22 17
// CHECK-NEXT: 99 3: 22 -99 17
// CHECK-NEXT: 100 3: 17 22 -99
// CHECK-NEXT: 101 4: 17 -101 22 -99
// CHECK-NEXT: 102 4: -101 22 -99 17
// CHECK-NEXT: unlinked 0:
// CHECK-NEXT: 103 4: -101 22 -99 17
// CHECK-NEXT: 104 5: -101 23 22 -99 17
// CHECK-NEXT: 105 8: -101 24 25 26 23 22 -99 17
// CHECK-NEXT: 106 11: -101 27 28 29 24 25 26 23 22 -99 17
// CHECK-NEXT: 107 12: -101 -107 27 28 29 24 25 26 23 22 -99 17
// CHECK-NEXT: 108 12: 26 23 22 -99 17 -101 -107 27 28 29 24 25
// CHECK-NEXT: 109 3: 26 24 25
// CHECK-NEXT: 110 6: 26 30 31 32 24 25
// CHECK-NEXT: 111 9: 26 33 34 35 30 31 32 24 25
// CHECK-NEXT: 112 9: 35 30 31 32 24 25 26 33 34
// CHECK-NEXT: unlinked 3: 30 31 32
// CHECK-NEXT: 113 6: 35 24 25 26 33 34
// CHECK-NEXT: 114 5: 35 25 26 33 34
// CHECK-NEXT: unlinked 4: 25 26 33 34
// CHECK-NEXT: 115 1: 35
// CHECK-NEXT: 116 1: 35
// CHECK-NEXT: unlinked 1: 35
// CHECK-NEXT: 117 1: 35
// CHECK-NEXT: 118 1: 35
// CHECK-NEXT: 119 1: 35
// CHECK-NEXT: 120 1: 35
// CHECK-NEXT: 121 1: 35
// CHECK-NEXT: 122 1: 35
// CHECK-NEXT: 123 1: 35
// CHECK-NEXT: unlinked 1: 35
// CHECK-NEXT: 124 1: 35
// CHECK-NEXT: 125 3: 35 36 37
// CHECK-NEXT: 126 3: 35 36 37
// CHECK-NEXT: 127 4: 35 38 36 37
// CHECK-NEXT: 128 4: 35 38 36 37
// CHECK-NEXT: 129 7: 35 39 40 41 38 36 37
// CHECK-NEXT: 130 7: 37 35 39 40 41 38 36
// CHECK-NEXT: 131 7: 36 37 35 39 40 41 38
// CHECK-NEXT: unlinked 0:
// CHECK-NEXT: 132 7: 36 37 35 39 40 41 38
// CHECK-NEXT: 133 7: 38 36 37 35 39 40 41
// CHECK-NEXT: 134 7: 41 38 36 37 35 39 40
// CHECK-NEXT: 135 8: 41 -135 38 36 37 35 39 40
// CHECK-NEXT: unlinked 3: -135 38 36
// CHECK-NEXT: 136 5: 41 37 35 39 40
// CHECK-NEXT: 137 5: 40 41 37 35 39
// CHECK-NEXT: 138 5: 40 41 37 35 39
// CHECK-NEXT: 139 8: 40 42 43 44 41 37 35 39
// CHECK-NEXT: 140 8: 39 40 42 43 44 41 37 35
// CHECK-NEXT: 141 8: 42 43 44 41 37 35 39 40
// CHECK-NEXT: 142 8: 40 42 43 44 41 37 35 39
// CHECK-NEXT: 143 5: 40 41 37 35 39
// CHECK-NEXT: 144 1: 40
// CHECK-NEXT: 145 2: 40 -145
// CHECK-NEXT: 146 2: 40 -145
// CHECK-NEXT: 147 2: 40 -145
// CHECK-NEXT: unlinked 2: -145 40
// CHECK-NEXT: 148 2: 40 -145
// CHECK-NEXT: 149 2: 40 -145
// CHECK-NEXT: 1 true true true 0
