// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// text/tabwriter column layout: tab-terminated cells, column blocks over
// consecutive lines, trailing cells outside columns, empty cells, uneven
// rows, minwidth, padding, padding characters, '\t' padding rounded to the
// tab width, and widths counted in runes. Spaces print as '_' so that
// FileCheck sees every one.

package main

import (
	"bytes"
	"fmt"
	"strings"
	"text/tabwriter"
)

func show(title string, out string) {
	fmt.Println("==", title)
	for _, line := range strings.Split(out, "\n") {
		fmt.Printf("%q\n", strings.ReplaceAll(line, " ", "_"))
	}
}

func format(title string, minwidth, tabwidth, padding int, padchar byte, flags uint, in string) {
	var buf bytes.Buffer
	w := tabwriter.NewWriter(&buf, minwidth, tabwidth, padding, padchar, flags)
	n, err := w.Write([]byte(in))
	if n != len(in) || err != nil {
		fmt.Println("Write:", n, err)
	}
	if err := w.Flush(); err != nil {
		fmt.Println("Flush:", err)
	}
	show(title, buf.String())
}

func main() {
	// The package documentation's example: b and c are separate columns,
	// d and e belong to no column.
	doc := "aaaa\tbbb\td\naa\tb\tdd\na\t\naa\tcccc\teee\n"
	format("doc", 0, 8, 1, '.', 0, doc)
	format("doc minwidth 6", 6, 8, 0, '.', 0, doc)
	format("doc tabs", 0, 8, 1, '\t', 0, doc)
	format("doc tabs width 4", 0, 4, 0, '\t', 0, doc)
	format("doc tabs width 0", 0, 0, 1, '\t', 0, doc)

	// Uneven rows and empty cells.
	uneven := "a\tb\tc\td\n\t\t\tx\none\n\t\nlonger cell\t\tz\n\t\t\t\t\t\n"
	format("uneven", 0, 8, 2, ' ', 0, uneven)
	format("uneven minwidth", 4, 8, 0, '-', 0, uneven)
	format("uneven tabs", 2, 3, 1, '\t', 0, uneven)

	// A line without a tab splits the blocks of every column.
	format("split", 0, 8, 1, '.', 0, "x\tyyyyy\tz\nnothing\nxxxxx\ty\tz\n")

	// Trailing text is not part of a column, however long.
	format("trailing", 0, 8, 1, '.', 0, "a\tshort\nbb\ta much longer trailing cell\nccc\t\n")

	// Vertical tabs end cells like tabs.
	format("vtab", 0, 8, 1, '.', 0, "a\vbb\vc\naaa\vb\vcc\n")

	// No final newline: the last line is flushed without one, and its
	// unterminated text is its last cell.
	format("no newline", 0, 8, 1, '.', 0, "a\tb\naaa\tbbb")
	format("no newline tab", 0, 8, 1, '.', 0, "a\tb\naaa\t")

	// Widths are runes, not bytes; invalid bytes count one each.
	format("utf8", 0, 8, 1, '.', 0, "日本語\tx\nab\ty\né\tz\n\xe6\x97\tw\n\U0001F600\U0001F600\tv\n")
	format("utf8 tabs", 0, 4, 1, '\t', 0, "日本語日本語\tx\nab\ty\n")

	// Padding 0: a cell as wide as its column touches the next one.
	format("padding 0", 0, 8, 0, '.', 0, "ab\tc\nd\te\n")
	format("padding 0 tabs", 0, 2, 0, '\t', 0, "ab\tc\nd\te\nabc\tf\n")

	// Nothing at all, only newlines, only tabs.
	format("empty", 0, 8, 1, '.', 0, "")
	format("newlines", 0, 8, 1, '.', 0, "\n\n\n")
	format("tabs only", 3, 8, 1, '.', 0, "\t\t\n\t\n\t\t\t")
}

// CHECK: == doc
// CHECK-NEXT: "aaaa.bbb.d"
// CHECK-NEXT: "aa...b...dd"
// CHECK-NEXT: "a...."
// CHECK-NEXT: "aa...cccc.eee"
// CHECK-NEXT: ""
// CHECK-NEXT: == doc minwidth 6
// CHECK-NEXT: "aaaa..bbb...d"
// CHECK-NEXT: "aa....b.....dd"
// CHECK-NEXT: "a....."
// CHECK-NEXT: "aa....cccc..eee"
// CHECK-NEXT: ""
// CHECK-NEXT: == doc tabs
// CHECK-NEXT: "aaaa\tbbb\td"
// CHECK-NEXT: "aa\tb\tdd"
// CHECK-NEXT: "a\t"
// CHECK-NEXT: "aa\tcccc\teee"
// CHECK-NEXT: ""
// CHECK-NEXT: == doc tabs width 4
// CHECK-NEXT: "aaaabbb\td"
// CHECK-NEXT: "aa\tb\tdd"
// CHECK-NEXT: "a\t"
// CHECK-NEXT: "aa\tcccceee"
// CHECK-NEXT: ""
// CHECK-NEXT: == doc tabs width 0
// CHECK-NEXT: "aaaabbbd"
// CHECK-NEXT: "aabdd"
// CHECK-NEXT: "a"
// CHECK-NEXT: "aacccceee"
// CHECK-NEXT: ""
// CHECK-NEXT: == uneven
// CHECK-NEXT: "a__b__c__d"
// CHECK-NEXT: "_________x"
// CHECK-NEXT: "one"
// CHECK-NEXT: "_____________"
// CHECK-NEXT: "longer_cell____z"
// CHECK-NEXT: "_____________________"
// CHECK-NEXT: ""
// CHECK-NEXT: == uneven minwidth
// CHECK-NEXT: "a---b---c---d"
// CHECK-NEXT: "------------x"
// CHECK-NEXT: "one"
// CHECK-NEXT: "-----------"
// CHECK-NEXT: "longer_cell----z"
// CHECK-NEXT: "---------------------------"
// CHECK-NEXT: ""
// CHECK-NEXT: == uneven tabs
// CHECK-NEXT: "a\tb\tc\td"
// CHECK-NEXT: "\t\t\tx"
// CHECK-NEXT: "one"
// CHECK-NEXT: "\t\t\t\t"
// CHECK-NEXT: "longer_cell\t\tz"
// CHECK-NEXT: "\t\t\t\t\t\t\t\t"
// CHECK-NEXT: ""
// CHECK-NEXT: == split
// CHECK-NEXT: "x.yyyyy.z"
// CHECK-NEXT: "nothing"
// CHECK-NEXT: "xxxxx.y.z"
// CHECK-NEXT: ""
// CHECK-NEXT: == trailing
// CHECK-NEXT: "a...short"
// CHECK-NEXT: "bb..a_much_longer_trailing_cell"
// CHECK-NEXT: "ccc."
// CHECK-NEXT: ""
// CHECK-NEXT: == vtab
// CHECK-NEXT: "a...bb.c"
// CHECK-NEXT: "aaa.b..cc"
// CHECK-NEXT: ""
// CHECK-NEXT: == no newline
// CHECK-NEXT: "a...b"
// CHECK-NEXT: "aaa.bbb"
// CHECK-NEXT: == no newline tab
// CHECK-NEXT: "a.b"
// CHECK-NEXT: "aaa"
// CHECK-NEXT: == utf8
// CHECK-NEXT: "日本語.x"
// CHECK-NEXT: "ab..y"
// CHECK-NEXT: "é...z"
// CHECK-NEXT: "\xe6\x97..w"
// CHECK-NEXT: "😀😀..v"
// CHECK-NEXT: ""
// CHECK-NEXT: == utf8 tabs
// CHECK-NEXT: "日本語日本語\tx"
// CHECK-NEXT: "ab\t\ty"
// CHECK-NEXT: ""
// CHECK-NEXT: == padding 0
// CHECK-NEXT: "abc"
// CHECK-NEXT: "d.e"
// CHECK-NEXT: ""
// CHECK-NEXT: == padding 0 tabs
// CHECK-NEXT: "ab\tc"
// CHECK-NEXT: "d\t\te"
// CHECK-NEXT: "abc\tf"
// CHECK-NEXT: ""
// CHECK-NEXT: == empty
// CHECK-NEXT: ""
// CHECK-NEXT: == newlines
// CHECK-NEXT: ""
// CHECK-NEXT: ""
// CHECK-NEXT: ""
// CHECK-NEXT: ""
// CHECK-NEXT: == tabs only
// CHECK-NEXT: "......"
// CHECK-NEXT: "..."
// CHECK-NEXT: "......"
