// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Building strings from bytes and runes, including integer formatting by hand.

package main

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	var buf []byte
	for n != 0 {
		d := n % 10
		if d < 0 {
			d = -d
		}
		buf = append(buf, byte('0'+d))
		n /= 10
	}
	if neg {
		buf = append(buf, '-')
	}
	for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	return string(buf)
}

func main() {
	s := ""
	for _, n := range []int{0, 7, -42, 1000000, -9223372036854775808} {
		s += itoa(n) + ","
	}
	println(s)
	var rs []rune
	for r := 'α'; r <= 'ε'; r++ {
		rs = append(rs, r)
	}
	println(string(rs), len(string(rs)))
}

// CHECK: 0,7,-42,1000000,-9223372036854775808,
// CHECK-NEXT: αβγδε 10
