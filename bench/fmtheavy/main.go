// Benchmark fmtheavy: N rounds of Sprintf/Sprint/Fprintf with mixed verbs
// (integers in several bases, floats, strings, quoting, structs, slices,
// maps, Stringer values and width/precision flags). It measures the fmt
// package: parsing formats, reflection over composite values and the
// number formatting underneath. The result line is a checksum of every
// byte produced, so all compilers must print identical text.
package main

import (
	"fmt"
	"os"
)

type point struct {
	X, Y int
	Tag  string
}

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type sink struct{ sum, n uint64 }

func (s *sink) Write(p []byte) (int, error) {
	for _, c := range p {
		s.sum = s.sum*31 + uint64(c)
	}
	s.n += uint64(len(p))
	return len(p), nil
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func main() {
	n := 200000
	if len(os.Args) > 1 {
		n = atoi(os.Args[1])
	}
	var out sink
	words := []string{"alpha", "beta", "gamma", "delta"}
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	for i := 0; i < n; i++ {
		w := words[i%len(words)]
		s := fmt.Sprintf("%d|%5d|%-6x|%#o|%08.3f|%e|%g|%s|%q|%10.4s|%v|%t|%c|%U",
			i, -i, i*7, i&0777, float64(i)/7, float64(i)*1.5e10, 1/float64(i+1),
			w, w, w, celsius(float64(i%400)/4), i%2 == 0, 'a'+rune(i%26), 0x1F600+i%16)
		out.Write([]byte(s))
		p := point{i, -i, w}
		fmt.Fprintf(&out, "%v %+v %#v %T\n", p, &p, p, p)
		if i%8 == 0 {
			fmt.Fprint(&out, []int{i, i + 1, i + 2}, m, [2]bool{true, false}, "\n")
			out.Write([]byte(fmt.Sprintln(int8(i), uint16(i), 3.25, "x", nil)))
		}
	}
	println("fmtheavy", n, out.n, out.sum)
}
