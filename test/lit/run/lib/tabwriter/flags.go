// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// text/tabwriter flags: AlignRight, Debug, DiscardEmptyColumns (soft and
// hard tabs), TabIndent, FilterHTML, Escape with and without StripEscape,
// form feeds, and their combinations. Spaces print as '_'.

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
	table := "name\tsize\tkind\nmain.go\t1234\tfile\nlib\t\tdir\nREADME\t7\t\n"
	format("plain", 0, 8, 1, ' ', 0, table)
	format("AlignRight", 0, 8, 1, ' ', tabwriter.AlignRight, table)
	format("AlignRight with tab padding", 0, 8, 1, '\t', tabwriter.AlignRight, table)
	format("Debug", 0, 8, 1, ' ', tabwriter.Debug, table)
	format("Debug AlignRight", 5, 8, 0, '.', tabwriter.Debug|tabwriter.AlignRight, table)

	// Empty columns ended by '\v' are dropped; a '\t' keeps them.
	soft := "a\v\vb\nc\v\vd\n"
	hard := "a\v\tb\nc\v\vd\n"
	format("soft", 0, 8, 1, '.', 0, soft)
	format("soft discard", 0, 8, 1, '.', tabwriter.DiscardEmptyColumns, soft)
	format("soft discard debug", 0, 8, 1, '.', tabwriter.DiscardEmptyColumns|tabwriter.Debug, soft)
	format("hard discard", 0, 8, 1, '.', tabwriter.DiscardEmptyColumns, hard)
	format("discard minwidth", 4, 8, 1, '.', tabwriter.DiscardEmptyColumns|tabwriter.Debug, "\vx\v\v\n\vy\v\v\n")

	// TabIndent: leading empty cells become tabs whatever the padchar.
	indent := "\tfunc f() {\n\t\tx := 1\t// one\n\t\tyy := 22\t// two\n\t}\n"
	format("indent spaces", 0, 4, 1, ' ', 0, indent)
	format("TabIndent", 0, 4, 1, ' ', tabwriter.TabIndent, indent)
	format("TabIndent minwidth", 9, 4, 1, '.', tabwriter.TabIndent, indent)
	format("TabIndent tabwidth 0", 0, 0, 1, '.', tabwriter.TabIndent, indent)

	// FilterHTML: tags are width 0, entities width 1, and neither ends a
	// cell or a line inside.
	html := "<b>bold</b>\tx\nplain\ty\n&lt;&gt;\tz\n<a\thref=\"q\">t\nab&c\td;\te\n"
	format("no FilterHTML", 0, 8, 1, '.', 0, html)
	format("FilterHTML", 0, 8, 1, '.', tabwriter.FilterHTML, html)
	format("FilterHTML AlignRight", 0, 8, 1, '.', tabwriter.FilterHTML|tabwriter.AlignRight, html)

	// Escaped segments: tabs and newlines inside do not count, the width
	// is the text between the Escape bytes.
	esc := "a\xff\t\n\xffb\tc\nxxxxxxx\td\n\xff\xff\te\n\xffé\xff\tf\n"
	format("Escape", 0, 8, 1, '.', 0, esc)
	format("StripEscape", 0, 8, 1, '.', tabwriter.StripEscape, esc)
	format("unterminated escape", 0, 8, 1, '.', 0, "a\tb\nxy\tz\xffq\tr")
	format("unterminated escape strip", 0, 8, 1, '.', tabwriter.StripEscape, "a\tb\nxy\tz\xffq\tr")
	format("unterminated tag", 0, 8, 1, '.', tabwriter.FilterHTML, "a\tb\nxy\t<q\tr")
	format("escape in html", 0, 8, 1, '.', tabwriter.FilterHTML|tabwriter.StripEscape, "<\xff>\t1\n\xff<b>\xff\t2\n&\xff;\t3\n")

	// A form feed ends every column; Debug marks it with "---".
	ff := "a\tbbbbbb\tc\f\taa\tb\nx\ty\n\fz\n"
	format("formfeed", 0, 8, 1, '.', 0, ff)
	format("formfeed debug", 0, 8, 1, '.', tabwriter.Debug, ff)
	format("formfeed escaped", 0, 8, 1, '.', tabwriter.Debug, "a\xff\f\xff\tb\ncc\td\n")

	// Everything at once.
	format("all", 2, 4, 1, '_', tabwriter.FilterHTML|tabwriter.StripEscape|tabwriter.AlignRight|
		tabwriter.DiscardEmptyColumns|tabwriter.TabIndent|tabwriter.Debug,
		"\t\v<i>x</i>\t\xffe\te\xff\t&amp;\n\t\v\vyy\t\t\n\f\tz\vz\n")
	fmt.Println(tabwriter.FilterHTML, tabwriter.StripEscape, tabwriter.AlignRight,
		tabwriter.DiscardEmptyColumns, tabwriter.TabIndent, tabwriter.Debug, tabwriter.Escape)
}

// CHECK: == plain
// CHECK-NEXT: "name____size_kind"
// CHECK-NEXT: "main.go_1234_file"
// CHECK-NEXT: "lib__________dir"
// CHECK-NEXT: "README__7____"
// CHECK-NEXT: ""
// CHECK-NEXT: == AlignRight
// CHECK-NEXT: "____name_sizekind"
// CHECK-NEXT: "_main.go_1234file"
// CHECK-NEXT: "_____lib_____dir"
// CHECK-NEXT: "__README____7"
// CHECK-NEXT: ""
// CHECK-NEXT: == AlignRight with tab padding
// CHECK-NEXT: "name\tsize\tkind"
// CHECK-NEXT: "main.go\t1234\tfile"
// CHECK-NEXT: "lib\t\tdir"
// CHECK-NEXT: "README\t7\t"
// CHECK-NEXT: ""
// CHECK-NEXT: == Debug
// CHECK-NEXT: "name____|size_|kind"
// CHECK-NEXT: "main.go_|1234_|file"
// CHECK-NEXT: "lib_____|_____|dir"
// CHECK-NEXT: "README__|7____|"
// CHECK-NEXT: ""
// CHECK-NEXT: == Debug AlignRight
// CHECK-NEXT: "...name|.size|kind"
// CHECK-NEXT: "main.go|.1234|file"
// CHECK-NEXT: "....lib|.....|dir"
// CHECK-NEXT: ".README|....7|"
// CHECK-NEXT: ""
// CHECK-NEXT: == soft
// CHECK-NEXT: "a..b"
// CHECK-NEXT: "c..d"
// CHECK-NEXT: ""
// CHECK-NEXT: == soft discard
// CHECK-NEXT: "a.b"
// CHECK-NEXT: "c.d"
// CHECK-NEXT: ""
// CHECK-NEXT: == soft discard debug
// CHECK-NEXT: "a.||b"
// CHECK-NEXT: "c.||d"
// CHECK-NEXT: ""
// CHECK-NEXT: == hard discard
// CHECK-NEXT: "a..b"
// CHECK-NEXT: "c..d"
// CHECK-NEXT: ""
// CHECK-NEXT: == discard minwidth
// CHECK-NEXT: "|x...||"
// CHECK-NEXT: "|y...||"
// CHECK-NEXT: ""
// CHECK-NEXT: == indent spaces
// CHECK-NEXT: "_func_f()_{"
// CHECK-NEXT: "__x_:=_1___//_one"
// CHECK-NEXT: "__yy_:=_22_//_two"
// CHECK-NEXT: "_}"
// CHECK-NEXT: ""
// CHECK-NEXT: == TabIndent
// CHECK-NEXT: "\tfunc_f()_{"
// CHECK-NEXT: "\t\tx_:=_1___//_one"
// CHECK-NEXT: "\t\tyy_:=_22_//_two"
// CHECK-NEXT: "\t}"
// CHECK-NEXT: ""
// CHECK-NEXT: == TabIndent minwidth
// CHECK-NEXT: "\t\t\tfunc_f()_{"
// CHECK-NEXT: "\t\t\t\t\t\tx_:=_1...//_one"
// CHECK-NEXT: "\t\t\t\t\t\tyy_:=_22.//_two"
// CHECK-NEXT: "\t\t\t}"
// CHECK-NEXT: ""
// CHECK-NEXT: == TabIndent tabwidth 0
// CHECK-NEXT: "func_f()_{"
// CHECK-NEXT: "x_:=_1...//_one"
// CHECK-NEXT: "yy_:=_22.//_two"
// CHECK-NEXT: "}"
// CHECK-NEXT: ""
// CHECK-NEXT: == no FilterHTML
// CHECK-NEXT: "<b>bold</b>.x"
// CHECK-NEXT: "plain.......y"
// CHECK-NEXT: "&lt;&gt;....z"
// CHECK-NEXT: "<a..........href=\"q\">t"
// CHECK-NEXT: "ab&c........d;.e"
// CHECK-NEXT: ""
// CHECK-NEXT: == FilterHTML
// CHECK-NEXT: "<b>bold</b>..x"
// CHECK-NEXT: "plain.y"
// CHECK-NEXT: "&lt;&gt;....z"
// CHECK-NEXT: "<a\thref=\"q\">t"
// CHECK-NEXT: "ab&c\td;.e"
// CHECK-NEXT: ""
// CHECK-NEXT: == FilterHTML AlignRight
// CHECK-NEXT: "..<b>bold</b>x"
// CHECK-NEXT: ".plainy"
// CHECK-NEXT: "....&lt;&gt;z"
// CHECK-NEXT: "<a\thref=\"q\">t"
// CHECK-NEXT: ".ab&c\td;e"
// CHECK-NEXT: ""
// CHECK-NEXT: == Escape
// CHECK-NEXT: "a\xff\t"
// CHECK-NEXT: "\xffb....c"
// CHECK-NEXT: "xxxxxxx.d"
// CHECK-NEXT: "\xff\xff........e"
// CHECK-NEXT: "\xffé\xff.......f"
// CHECK-NEXT: ""
// CHECK-NEXT: == StripEscape
// CHECK-NEXT: "a\t"
// CHECK-NEXT: "b....c"
// CHECK-NEXT: "xxxxxxx.d"
// CHECK-NEXT: "........e"
// CHECK-NEXT: "é.......f"
// CHECK-NEXT: ""
// CHECK-NEXT: == unterminated escape
// CHECK-NEXT: "a..b"
// CHECK-NEXT: "xy.z\xffq\tr"
// CHECK-NEXT: == unterminated escape strip
// CHECK-NEXT: "a..b"
// CHECK-NEXT: "xy.zq\tr"
// CHECK-NEXT: == unterminated tag
// CHECK-NEXT: "a..b"
// CHECK-NEXT: "xy.<q\tr"
// CHECK-NEXT: == escape in html
// CHECK-NEXT: "<\xff>....1"
// CHECK-NEXT: "<b>.2"
// CHECK-NEXT: "&\xff;...3"
// CHECK-NEXT: ""
// CHECK-NEXT: == formfeed
// CHECK-NEXT: "a.bbbbbb.c"
// CHECK-NEXT: "..aa.b"
// CHECK-NEXT: "x.y"
// CHECK-NEXT: ""
// CHECK-NEXT: "z"
// CHECK-NEXT: ""
// CHECK-NEXT: == formfeed debug
// CHECK-NEXT: "a.|bbbbbb.|c"
// CHECK-NEXT: "---"
// CHECK-NEXT: "..|aa.|b"
// CHECK-NEXT: "x.|y"
// CHECK-NEXT: ""
// CHECK-NEXT: "---"
// CHECK-NEXT: "z"
// CHECK-NEXT: ""
// CHECK-NEXT: == formfeed escaped
// CHECK-NEXT: "a\xff\f\xff.|b"
// CHECK-NEXT: "cc.|d"
// CHECK-NEXT: ""
// CHECK-NEXT: == all
// CHECK-NEXT: "\t||_<i>x</i>|_e\te|&amp;"
// CHECK-NEXT: "\t||\t|__yy|__|"
// CHECK-NEXT: ""
// CHECK-NEXT: "---"
// CHECK-NEXT: "\t|_z|z"
// CHECK-NEXT: ""
// CHECK-NEXT: 1 2 4 8 16 32 255
