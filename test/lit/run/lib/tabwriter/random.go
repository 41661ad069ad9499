// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Randomized text/tabwriter check: math/rand with a fixed seed builds
// tables from awkward pieces (empty cells, soft and hard tabs, form feeds,
// multi-byte and invalid UTF-8, escapes, HTML tags and entities), writes
// each in random chunks under many parameter and flag combinations, and
// prints an FNV-1a hash of the output per round plus a few whole outputs.

package main

import (
	"bytes"
	"fmt"
	"math/rand"
	"text/tabwriter"
)

var pieces = []string{
	"a", "bb", "ccc", "dddddddd", "", "x y", "\t", "\t", "\t", "\t", "\v", "\v",
	"\n", "\n", "\n", "\f", "é", "日本", "\U0001F600", "\xe6\x97", "\xff", "<b>",
	"</b>", "<", ">", "&amp;", "&", ";", "|", "  ", "12345",
}

type params struct {
	minwidth, tabwidth, padding int
	padchar                     byte
	flags                       uint
}

func table(r *rand.Rand) string {
	var b bytes.Buffer
	for n := r.Intn(80); n > 0; n-- {
		b.WriteString(pieces[r.Intn(len(pieces))])
	}
	return b.String()
}

func format(r *rand.Rand, in string, p params) []byte {
	var out bytes.Buffer
	w := tabwriter.NewWriter(&out, p.minwidth, p.tabwidth, p.padding, p.padchar, p.flags)
	for len(in) > 0 {
		k := r.Intn(len(in) + 1)
		if r.Intn(4) == 0 {
			k = len(in)
		}
		n, err := w.Write([]byte(in[:k]))
		if n != k || err != nil {
			fmt.Println("Write:", n, k, err)
		}
		in = in[k:]
		if r.Intn(10) == 0 {
			w.Flush()
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Println("Flush:", err)
	}
	return out.Bytes()
}

func fnv(h uint64, b []byte) uint64 {
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

func main() {
	r := rand.New(rand.NewSource(19))
	padchars := []byte{' ', '.', '\t', '*'}
	total := 0
	for round := 0; round < 8; round++ {
		h := uint64(14695981039346656037)
		for i := 0; i < 400; i++ {
			in := table(r)
			p := params{r.Intn(5), r.Intn(6), r.Intn(4), padchars[r.Intn(len(padchars))], uint(r.Intn(64))}
			out := format(r, in, p)
			total += len(out)
			h = fnv(h, out)
			h = fnv(h, []byte{0})
			if round == 0 && i < 4 {
				fmt.Printf("%+v %q\n  => %q\n", p, in, out)
			}
		}
		fmt.Printf("round %d: %016x\n", round, h)
	}
	fmt.Println("bytes:", total)
}

// CHECK: {minwidth:0 tabwidth:1 padding:0 padchar:9 flags:12} "\n  &amp;ccc\n\f\v\t\xe6\x97x y\t>\t;&amp;a😀&</b>\t"
// CHECK-NEXT:   => "\n  &amp;ccc\n\n\xe6\x97x y>;&amp;a😀&</b>"
// CHECK-NEXT: {minwidth:3 tabwidth:4 padding:2 padchar:32 flags:2} "<\t1234512345\n</b>>\t>dddddddd<日本<b>\t  日本\n\xff\xff  |\t\xffx y\vx y&amp;x ya\nx y</b>\f  </b>bb<😀&amp;\n</b>\v\t|\v\n\v\v;|\vx y<b>\t😀x y\n\vccc"
// CHECK-NEXT:   => "<      1234512345\n</b>>  >dddddddd<日本<b>    日本\n  |    x y\vx y&amp;x ya\nx y</b>\f  </b>bb<😀&amp;\n</b>\v\t|\v\n\v\v;|\vx y<b>\t😀x y\n\vccc"
// CHECK-NEXT: {minwidth:2 tabwidth:3 padding:3 padchar:32 flags:18} "12345<\tdddddddd\xe6\x97ccc😀\t\xe6\x97bb&amp;\t\t\n\t\vx y\f\v\t  |日本\t</b>\t\t\t>\t\v&\t\v\n;\t;<b>\tdddddddd  "
// CHECK-NEXT:   => "12345<   dddddddd\xe6\x97ccc😀   \xe6\x97bb&amp;      \n\t\t\t\t\t\t\t\t\tx y\n\t\t\t\t\t  |日本   </b>         >      &      \n;   ;<b>   dddddddd  "
// CHECK-NEXT: {minwidth:3 tabwidth:4 padding:1 padchar:42 flags:63} "\xff</b>\t\xff\t<bbx y\té😀"
// CHECK-NEXT:   => "*</b>\t|<bbx y\té😀"
// CHECK-NEXT: round 0: 064d402f57cb0587
// CHECK-NEXT: round 1: bec8caeb1c18749e
// CHECK-NEXT: round 2: 4af03ba1adca5ffa
// CHECK-NEXT: round 3: e54ec49bebdc1948
// CHECK-NEXT: round 4: 6cb7b4314f1d81f6
// CHECK-NEXT: round 5: 24245549366461e9
// CHECK-NEXT: round 6: e6bc42d18680a29e
// CHECK-NEXT: round 7: bdcf1ef65cf78901
// CHECK-NEXT: bytes: 294456
