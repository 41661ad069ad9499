// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// text/tabwriter across Write calls: a line, a cell, an escape, a tag or a
// multi-byte rune split between Writes formats as if written at once;
// output appears only when a form feed, a line without tabs or Flush
// lets it go; Flush in the middle of a table starts new columns; Init
// resets a Writer; fmt.Fprintf works on a Writer.

package main

import (
	"bytes"
	"fmt"
	"strings"
	"text/tabwriter"
)

func vis(s string) string { return fmt.Sprintf("%q", strings.ReplaceAll(s, " ", "_")) }

// chunks writes the pieces one by one, printing what reached the output
// after each Write, then flushes.
func chunks(title string, flags uint, padchar byte, pieces ...string) {
	fmt.Println("==", title)
	var buf bytes.Buffer
	w := tabwriter.NewWriter(&buf, 0, 8, 1, padchar, flags)
	for _, p := range pieces {
		n, err := w.Write([]byte(p))
		fmt.Println(vis(p), n, err, "->", vis(buf.String()))
	}
	fmt.Println("Flush", w.Flush(), "->", vis(buf.String()))
}

// whole formats s in one Write and returns the output.
func whole(s string, flags uint, padchar byte) string {
	var buf bytes.Buffer
	w := tabwriter.NewWriter(&buf, 0, 8, 1, padchar, flags)
	w.Write([]byte(s))
	w.Flush()
	return buf.String()
}

// bytewise formats s one byte per Write.
func bytewise(s string, flags uint, padchar byte) string {
	var buf bytes.Buffer
	w := tabwriter.NewWriter(&buf, 0, 8, 1, padchar, flags)
	for i := 0; i < len(s); i++ {
		w.Write([]byte{s[i]})
	}
	w.Flush()
	return buf.String()
}

func main() {
	chunks("split lines", 0, '.', "aa\tb", "b\tc\nd", "\te\nfffff", "f\tg\n", "h\n", "i\tj")
	chunks("split rune", 0, '.', "\xe6", "\x97\xa5\tx\nab", "c\ty\n")
	chunks("split escape", 0, '.', "a\xff\t", "\n\xff", "\tb\nccc\td\n")
	chunks("split tag", tabwriter.FilterHTML, '.', "<b", ">x\t</", "b>\ty\nabcd&am", "p;\tz\n")
	chunks("formfeed", 0, '.', "a\tb\n", "cc\td\f", "e\tf\n", "\n", "g\th")
	chunks("formfeed debug", tabwriter.Debug, '.', "a\tb\f", "c\f", "\f")
	chunks("single cell lines", 0, '.', "x\ty\n", "just text\n", "a\tb\n\n", "c\td")
	chunks("empty writes", 0, '.', "", "a\t", "", "b\n", "")

	// Flush in the middle: the lines after it form new column blocks.
	var buf bytes.Buffer
	w := tabwriter.NewWriter(&buf, 0, 8, 1, '.', tabwriter.Debug)
	fmt.Fprintf(w, "short\tx\n")
	fmt.Fprintf(w, "s\ty")
	w.Flush()
	fmt.Fprintf(w, "z\n")
	fmt.Fprintf(w, "a much longer cell\tx\n")
	fmt.Fprintf(w, "s\ty\n")
	w.Flush()
	w.Flush()
	fmt.Println("== flush in the middle")
	fmt.Println(vis(buf.String()))

	// Init drops what was held and takes the new settings.
	buf.Reset()
	w.Write([]byte("dropped\tcell\n"))
	w.Init(&buf, 0, 8, 2, '-', tabwriter.AlignRight)
	fmt.Fprintf(w, "%s\t%d\t\n%s\t%d\t\n", "one", 1, "three", 333)
	w.Flush()
	fmt.Println("== init")
	fmt.Println(vis(buf.String()))

	// Byte-at-a-time writes give the same output as one Write.
	inputs := []string{
		"a\tbb\tccc\nééé\t日本\t\xff\t\n\xff\tx\n\f\v\vq\n",
		"<p>&amp;\t<br>\n&lt;&gt;\tx\t\n",
		"no tabs at all\nstill none",
	}
	same := 0
	for _, s := range inputs {
		for _, f := range []uint{0, tabwriter.FilterHTML | tabwriter.StripEscape, tabwriter.Debug | tabwriter.AlignRight | tabwriter.DiscardEmptyColumns} {
			for _, pc := range []byte{' ', '\t'} {
				a, b := whole(s, f, pc), bytewise(s, f, pc)
				if a == b {
					same++
				} else {
					fmt.Println("differ:", vis(s), f, pc, vis(a), vis(b))
				}
			}
		}
	}
	fmt.Println("bytewise same:", same)
}

// CHECK: == split lines
// CHECK-NEXT: "aa\tb" 4 <nil> -> ""
// CHECK-NEXT: "b\tc\nd" 5 <nil> -> ""
// CHECK-NEXT: "\te\nfffff" 8 <nil> -> ""
// CHECK-NEXT: "f\tg\n" 4 <nil> -> ""
// CHECK-NEXT: "h\n" 2 <nil> -> "aa.....bb.c\nd......e\nffffff.g\nh\n"
// CHECK-NEXT: "i\tj" 3 <nil> -> "aa.....bb.c\nd......e\nffffff.g\nh\n"
// CHECK-NEXT: Flush <nil> -> "aa.....bb.c\nd......e\nffffff.g\nh\ni.j"
// CHECK-NEXT: == split rune
// CHECK-NEXT: "\xe6" 1 <nil> -> ""
// CHECK-NEXT: "\x97\xa5\tx\nab" 7 <nil> -> ""
// CHECK-NEXT: "c\ty\n" 4 <nil> -> ""
// CHECK-NEXT: Flush <nil> -> "日...x\nabc.y\n"
// CHECK-NEXT: == split escape
// CHECK-NEXT: "a\xff\t" 3 <nil> -> ""
// CHECK-NEXT: "\n\xff" 2 <nil> -> ""
// CHECK-NEXT: "\tb\nccc\td\n" 9 <nil> -> ""
// CHECK-NEXT: Flush <nil> -> "a\xff\t\n\xff.b\nccc.d\n"
// CHECK-NEXT: == split tag
// CHECK-NEXT: "<b" 2 <nil> -> ""
// CHECK-NEXT: ">x\t</" 5 <nil> -> ""
// CHECK-NEXT: "b>\ty\nabcd&am" 12 <nil> -> ""
// CHECK-NEXT: "p;\tz\n" 5 <nil> -> ""
// CHECK-NEXT: Flush <nil> -> "<b>x.....</b>.y\nabcd&amp;.z\n"
// CHECK-NEXT: == formfeed
// CHECK-NEXT: "a\tb\n" 4 <nil> -> ""
// CHECK-NEXT: "cc\td\f" 5 <nil> -> "a..b\ncc.d\n"
// CHECK-NEXT: "e\tf\n" 4 <nil> -> "a..b\ncc.d\n"
// CHECK-NEXT: "\n" 1 <nil> -> "a..b\ncc.d\ne.f\n\n"
// CHECK-NEXT: "g\th" 3 <nil> -> "a..b\ncc.d\ne.f\n\n"
// CHECK-NEXT: Flush <nil> -> "a..b\ncc.d\ne.f\n\ng.h"
// CHECK-NEXT: == formfeed debug
// CHECK-NEXT: "a\tb\f" 4 <nil> -> "a.|b\n---\n"
// CHECK-NEXT: "c\f" 2 <nil> -> "a.|b\n---\nc\n---\n"
// CHECK-NEXT: "\f" 1 <nil> -> "a.|b\n---\nc\n---\n\n---\n"
// CHECK-NEXT: Flush <nil> -> "a.|b\n---\nc\n---\n\n---\n"
// CHECK-NEXT: == single cell lines
// CHECK-NEXT: "x\ty\n" 4 <nil> -> ""
// CHECK-NEXT: "just_text\n" 10 <nil> -> "x.y\njust_text\n"
// CHECK-NEXT: "a\tb\n\n" 5 <nil> -> "x.y\njust_text\na.b\n\n"
// CHECK-NEXT: "c\td" 3 <nil> -> "x.y\njust_text\na.b\n\n"
// CHECK-NEXT: Flush <nil> -> "x.y\njust_text\na.b\n\nc.d"
// CHECK-NEXT: == empty writes
// CHECK-NEXT: "" 0 <nil> -> ""
// CHECK-NEXT: "a\t" 2 <nil> -> ""
// CHECK-NEXT: "" 0 <nil> -> ""
// CHECK-NEXT: "b\n" 2 <nil> -> ""
// CHECK-NEXT: "" 0 <nil> -> ""
// CHECK-NEXT: Flush <nil> -> "a.b\n"
// CHECK-NEXT: == flush in the middle
// CHECK-NEXT: "short.|x\ns.....|yz\na_much_longer_cell.|x\ns..................|y\n"
// CHECK-NEXT: == init
// CHECK-NEXT: "----one----1\n--three--333\n"
// CHECK-NEXT: bytewise same: 18
