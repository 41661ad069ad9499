// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// fmt: maps print in sorted key order (Go's internal/fmtsort): integers,
// unsigned, strings, floats (NaN first), bools, complex, structs and arrays
// field by field, nil interface keys first; Stringer keys sort by value.

package main

import (
	"fmt"
	"math"
)

type K struct {
	A string
	B int
}

type Name string

func (n Name) String() string { return "N(" + string(n) + ")" }

func main() {
	fmt.Println(map[int]string{3: "c", -1: "neg", 0: "zero", 100: "h", -50: "n50"})
	fmt.Println(map[uint8]bool{200: true, 2: false, 20: true})
	fmt.Println(map[string]int{"banana": 2, "apple": 1, "Cherry": 3, "": 0, "app": 4})
	fmt.Println(map[float64]string{2.5: "b", math.NaN(): "nan", -1: "m", math.Inf(1): "inf", math.Inf(-1): "-inf", 0: "z"})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[complex128]int{2i: 1, 1 + 1i: 2, 1: 3, -1i: 4})
	fmt.Println(map[K]int{{"b", 1}: 1, {"a", 2}: 2, {"a", 1}: 3, {"", 9}: 4})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 2}: "y", {1, 1}: "z"})
	fmt.Println(map[Name]int{"z": 1, "a": 2, "m": 3})
	fmt.Println(map[any]int{nil: 0, 2: 2, 1: 1, -3: 3})
	fmt.Println(map[any]string{"b": "B", "a": "A"})
	fmt.Printf("%v\n%+v\n%#v\n", map[string]K{"y": {"q", 1}, "x": {"p", 2}}, map[string]K{"k": {}}, map[string]K{"k": {}})
	fmt.Printf("%#v %#v\n", map[int]string{2: "b", 1: "a"}, map[Name][]int{"x": {1}})
	fmt.Printf("%x %X %5d\n", map[int]int{255: 16, 10: 11}, map[string]int{"ab": 171}, map[int]int{1: 2})
	big := map[int]int{}
	for i := 0; i < 100; i++ {
		big[(i*37)%100] = i
	}
	fmt.Println(big)
	sm := map[string][]string{}
	for _, w := range []string{"kiwi", "fig", "date", "apple", "plum", "pear", "lime", "grape", "mango", "melon", "peach", "lemon", "guava", "olive", "quince"} {
		sm[w[:1]] = append(sm[w[:1]], w)
	}
	fmt.Println(sm, len(sm))
	type Inner map[string]int
	fmt.Println(map[string]Inner{"b": {"y": 2, "x": 1}, "a": nil})
	fmt.Println(map[int8]int{-128: 1, 127: 2, 0: 3}, map[int64]int{math.MinInt64: 1, math.MaxInt64: 2})
}

// CHECK: map[-50:n50 -1:neg 0:zero 3:c 100:h]
// CHECK-NEXT: map[2:false 20:true 200:true]
// CHECK-NEXT: map[:0 Cherry:3 app:4 apple:1 banana:2]
// CHECK-NEXT: map[NaN:nan -Inf:-inf -1:m 0:z 2.5:b +Inf:inf]
// CHECK-NEXT: map[false:0 true:1]
// CHECK-NEXT: map[(0-1i):4 (0+2i):1 (1+0i):3 (1+1i):2]
// CHECK-NEXT: map[{ 9}:4 {a 1}:3 {a 2}:2 {b 1}:1]
// CHECK-NEXT: map{{\[\[}}1 1]:z [1 2]:y [2 1]:x]
// CHECK-NEXT: map[N(a):2 N(m):3 N(z):1]
// CHECK-NEXT: map[<nil>:0 -3:3 1:1 2:2]
// CHECK-NEXT: map[a:A b:B]
// CHECK-NEXT: map[x:{p 2} y:{q 1}]
// CHECK-NEXT: map[k:{A: B:0}]
// CHECK-NEXT: map[string]main.K{"k":main.K{A:"", B:0}}
// CHECK-NEXT: map[int]string{1:"a", 2:"b"} map[main.Name][]int{"x":[]int{1}}
// CHECK-NEXT: map[a:b ff:10] map[6162:AB] map[    1:    2]
// CHECK-NEXT: map[0:0 1:73 2:46 3:19 4:92 5:65 6:38 7:11 8:84 9:57 10:30 11:3 12:76 13:49 14:22 15:95 16:68 17:41 18:14 19:87 20:60 21:33 22:6 23:79 24:52 25:25 26:98 27:71 28:44 29:17 30:90 31:63 32:36 33:9 34:82 35:55 36:28 37:1 38:74 39:47 40:20 41:93 42:66 43:39 44:12 45:85 46:58 47:31 48:4 49:77 50:50 51:23 52:96 53:69 54:42 55:15 56:88 57:61 58:34 59:7 60:80 61:53 62:26 63:99 64:72 65:45 66:18 67:91 68:64 69:37 70:10 71:83 72:56 73:29 74:2 75:75 76:48 77:21 78:94 79:67 80:40 81:13 82:86 83:59 84:32 85:5 86:78 87:51 88:24 89:97 90:70 91:43 92:16 93:89 94:62 95:35 96:8 97:81 98:54 99:27]
// CHECK-NEXT: map[a:[apple] d:[date] f:[fig] g:[grape guava] k:[kiwi] l:[lime lemon] m:[mango melon] o:[olive] p:[plum pear peach] q:[quince]] 10
// CHECK-NEXT: map[a:map[] b:map[x:1 y:2]]
// CHECK-NEXT: map[-128:1 0:3 127:2] map[-9223372036854775808:1 9223372036854775807:2]
