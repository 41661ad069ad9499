// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// strings.Replace/ReplaceAll and Replacer: argument-order priority,
// overlapping and empty old strings, byte and generic algorithms, and the
// writes WriteString makes.

package main

import "strings"

func q(s string) string {
	const hex = "0123456789abcdef"
	out := "\""
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || c == '"' || c == '\\' {
			out += "\\x" + string(hex[c>>4]) + string(hex[c&15])
		} else {
			out += string(c)
		}
	}
	return out + "\""
}

type logw struct{ log string }

func (w *logw) Write(p []byte) (int, error) {
	w.log += "W" + q(string(p))
	return len(p), nil
}

type logsw struct{ logw }

func (w *logsw) WriteString(s string) (int, error) {
	w.log += "S" + q(s)
	return len(s), nil
}

func main() {
	for _, c := range []struct {
		s, old, new string
		n           int
	}{
		{"oink oink oink", "k", "ky", 2}, {"oink oink oink", "oink", "moo", -1},
		{"aaaa", "aa", "b", -1}, {"abc", "", "-", -1}, {"abc", "", "-", 2}, {"", "", "x", -1},
		{"héllo", "", "|", -1}, {"\xff\xfe", "", ".", -1}, {"abc", "b", "b", -1},
		{"abc", "x", "y", -1}, {"abcabc", "abc", "", 0}, {"abcabc", "bc", "", 1},
	} {
		println(q(strings.Replace(c.s, c.old, c.new, c.n)), q(strings.ReplaceAll(c.s, c.old, c.new)))
	}
	reps := []*strings.Replacer{
		strings.NewReplacer(),
		strings.NewReplacer("a", "1", "b", "2", "a", "3"),
		strings.NewReplacer("a", "one", "b", "", "c", "three", "a", "x"),
		strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;"),
		strings.NewReplacer("aaa", "3", "aa", "2", "a", "1"),
		strings.NewReplacer("a", "1", "aa", "2", "aaa", "3"),
		strings.NewReplacer("", "X"),
		strings.NewReplacer("", "X", "o", "O"),
		strings.NewReplacer("o", "O", "", "X"),
		strings.NewReplacer("hello", "HI"),
		strings.NewReplacer("hello", "HI", "world", "EARTH", "hell", "HECK"),
		strings.NewReplacer("\xff", "?", "é", "e"),
		strings.NewReplacer("ab", "ba", "ba", "ab"),
		strings.NewReplacer("x", "x"),
	}
	inputs := []string{"", "abc", "aaaaa", "<a href=\"x&y\">", "hello world, hellish", "héllo\xff", "banana", "foo"}
	for i, r := range reps {
		for _, s := range inputs {
			println(i, q(s), q(r.Replace(s)))
		}
		var w logw
		n, err := r.WriteString(&w, "hello abc")
		println(i, n, err == nil, w.log)
		var sw logsw
		n, _ = r.WriteString(&sw, "<hello> aa")
		println(i, n, sw.log)
	}
	defer func() { println("recovered:", recover().(string)) }()
	strings.NewReplacer("a")
}

// CHECK: "oinky oinky oink" "oinky oinky oinky"
// CHECK-NEXT: "moo moo moo" "moo moo moo"
// CHECK-NEXT: "bb" "bb"
// CHECK-NEXT: "-a-b-c-" "-a-b-c-"
// CHECK-NEXT: "-a-bc" "-a-b-c-"
// CHECK-NEXT: "x" "x"
// CHECK-NEXT: "|h|\xc3\xa9|l|l|o|" "|h|\xc3\xa9|l|l|o|"
// CHECK-NEXT: ".\xff.\xfe." ".\xff.\xfe."
// CHECK-NEXT: "abc" "abc"
// CHECK-NEXT: "abc" "abc"
// CHECK-NEXT: "abcabc" ""
// CHECK-NEXT: "aabc" "aa"
// CHECK-NEXT: 0 "" ""
// CHECK-NEXT: 0 "abc" "abc"
// CHECK-NEXT: 0 "aaaaa" "aaaaa"
// CHECK-NEXT: 0 "<a href=\x22x&y\x22>" "<a href=\x22x&y\x22>"
// CHECK-NEXT: 0 "hello world, hellish" "hello world, hellish"
// CHECK-NEXT: 0 "h\xc3\xa9llo\xff" "h\xc3\xa9llo\xff"
// CHECK-NEXT: 0 "banana" "banana"
// CHECK-NEXT: 0 "foo" "foo"
// CHECK-NEXT: 0 9 true W"hello abc"
// CHECK-NEXT: 0 10 W"<hello> aa"
// CHECK-NEXT: 1 "" ""
// CHECK-NEXT: 1 "abc" "12c"
// CHECK-NEXT: 1 "aaaaa" "11111"
// CHECK-NEXT: 1 "<a href=\x22x&y\x22>" "<1 href=\x22x&y\x22>"
// CHECK-NEXT: 1 "hello world, hellish" "hello world, hellish"
// CHECK-NEXT: 1 "h\xc3\xa9llo\xff" "h\xc3\xa9llo\xff"
// CHECK-NEXT: 1 "banana" "21n1n1"
// CHECK-NEXT: 1 "foo" "foo"
// CHECK-NEXT: 1 9 true W"hello 12c"
// CHECK-NEXT: 1 10 W"<hello> 11"
// CHECK-NEXT: 2 "" ""
// CHECK-NEXT: 2 "abc" "onethree"
// CHECK-NEXT: 2 "aaaaa" "oneoneoneoneone"
// CHECK-NEXT: 2 "<a href=\x22x&y\x22>" "<one href=\x22x&y\x22>"
// CHECK-NEXT: 2 "hello world, hellish" "hello world, hellish"
// CHECK-NEXT: 2 "h\xc3\xa9llo\xff" "h\xc3\xa9llo\xff"
// CHECK-NEXT: 2 "banana" "onenonenone"
// CHECK-NEXT: 2 "foo" "foo"
// CHECK-NEXT: 2 14 true W"hello "W"one"W""W"three"
// CHECK-NEXT: 2 14 S"<hello> "W"one"W"one"
// CHECK-NEXT: 3 "" ""
// CHECK-NEXT: 3 "abc" "abc"
// CHECK-NEXT: 3 "aaaaa" "aaaaa"
// CHECK-NEXT: 3 "<a href=\x22x&y\x22>" "&lt;a href=\x22x&amp;y\x22&gt;"
// CHECK-NEXT: 3 "hello world, hellish" "hello world, hellish"
// CHECK-NEXT: 3 "h\xc3\xa9llo\xff" "h\xc3\xa9llo\xff"
// CHECK-NEXT: 3 "banana" "banana"
// CHECK-NEXT: 3 "foo" "foo"
// CHECK-NEXT: 3 9 true W"hello abc"
// CHECK-NEXT: 3 16 W"&lt;"S"hello"W"&gt;"S" aa"
// CHECK-NEXT: 4 "" ""
// CHECK-NEXT: 4 "abc" "1bc"
// CHECK-NEXT: 4 "aaaaa" "32"
// CHECK-NEXT: 4 "<a href=\x22x&y\x22>" "<1 href=\x22x&y\x22>"
// CHECK-NEXT: 4 "hello world, hellish" "hello world, hellish"
// CHECK-NEXT: 4 "h\xc3\xa9llo\xff" "h\xc3\xa9llo\xff"
// CHECK-NEXT: 4 "banana" "b1n1n1"
// CHECK-NEXT: 4 "foo" "foo"
// CHECK-NEXT: 4 9 true W"hello "W"1"W"bc"
// CHECK-NEXT: 4 9 S"<hello> "S"2"
// CHECK-NEXT: 5 "" ""
// CHECK-NEXT: 5 "abc" "1bc"
// CHECK-NEXT: 5 "aaaaa" "11111"
// CHECK-NEXT: 5 "<a href=\x22x&y\x22>" "<1 href=\x22x&y\x22>"
// CHECK-NEXT: 5 "hello world, hellish" "hello world, hellish"
// CHECK-NEXT: 5 "h\xc3\xa9llo\xff" "h\xc3\xa9llo\xff"
// CHECK-NEXT: 5 "banana" "b1n1n1"
// CHECK-NEXT: 5 "foo" "foo"
// CHECK-NEXT: 5 9 true W"hello "W"1"W"bc"
// CHECK-NEXT: 5 10 S"<hello> "S"1"S""S"1"
// CHECK-NEXT: 6 "" "X"
// CHECK-NEXT: 6 "abc" "XaXbXcX"
// CHECK-NEXT: 6 "aaaaa" "XaXaXaXaXaX"
// CHECK-NEXT: 6 "<a href=\x22x&y\x22>" "X<XaX XhXrXeXfX=X\x22XxX&XyX\x22X>X"
// CHECK-NEXT: 6 "hello world, hellish" "XhXeXlXlXoX XwXoXrXlXdX,X XhXeXlXlXiXsXhX"
// CHECK-NEXT: 6 "h\xc3\xa9llo\xff" "XhX\xc3X\xa9XlXlXoX\xffX"
// CHECK-NEXT: 6 "banana" "XbXaXnXaXnXaX"
// CHECK-NEXT: 6 "foo" "XfXoXoX"
// CHECK-NEXT: 6 19 true W""W"X"W"h"W"X"W"e"W"X"W"l"W"X"W"l"W"X"W"o"W"X"W" "W"X"W"a"W"X"W"b"W"X"W"c"W"X"
// CHECK-NEXT: 6 21 S""S"X"S"<"S"X"S"h"S"X"S"e"S"X"S"l"S"X"S"l"S"X"S"o"S"X"S">"S"X"S" "S"X"S"a"S"X"S"a"S"X"
// CHECK-NEXT: 7 "" "X"
// CHECK-NEXT: 7 "abc" "XaXbXcX"
// CHECK-NEXT: 7 "aaaaa" "XaXaXaXaXaX"
// CHECK-NEXT: 7 "<a href=\x22x&y\x22>" "X<XaX XhXrXeXfX=X\x22XxX&XyX\x22X>X"
// CHECK-NEXT: 7 "hello world, hellish" "XhXeXlXlXOX XwXOXrXlXdX,X XhXeXlXlXiXsXhX"
// CHECK-NEXT: 7 "h\xc3\xa9llo\xff" "XhX\xc3X\xa9XlXlXOX\xffX"
// CHECK-NEXT: 7 "banana" "XbXaXnXaXnXaX"
// CHECK-NEXT: 7 "foo" "XfXOXOX"
// CHECK-NEXT: 7 19 true W""W"X"W"h"W"X"W"e"W"X"W"l"W"X"W"l"W"X"W""W"O"W""W"X"W" "W"X"W"a"W"X"W"b"W"X"W"c"W"X"
// CHECK-NEXT: 7 21 S""S"X"S"<"S"X"S"h"S"X"S"e"S"X"S"l"S"X"S"l"S"X"S""S"O"S""S"X"S">"S"X"S" "S"X"S"a"S"X"S"a"S"X"
// CHECK-NEXT: 8 "" "X"
// CHECK-NEXT: 8 "abc" "XaXbXcX"
// CHECK-NEXT: 8 "aaaaa" "XaXaXaXaXaX"
// CHECK-NEXT: 8 "<a href=\x22x&y\x22>" "X<XaX XhXrXeXfX=X\x22XxX&XyX\x22X>X"
// CHECK-NEXT: 8 "hello world, hellish" "XhXeXlXlOX XwOXrXlXdX,X XhXeXlXlXiXsXhX"
// CHECK-NEXT: 8 "h\xc3\xa9llo\xff" "XhX\xc3X\xa9XlXlOX\xffX"
// CHECK-NEXT: 8 "banana" "XbXaXnXaXnXaX"
// CHECK-NEXT: 8 "foo" "XfOOX"
// CHECK-NEXT: 8 18 true W""W"X"W"h"W"X"W"e"W"X"W"l"W"X"W"l"W"O"W""W"X"W" "W"X"W"a"W"X"W"b"W"X"W"c"W"X"
// CHECK-NEXT: 8 20 S""S"X"S"<"S"X"S"h"S"X"S"e"S"X"S"l"S"X"S"l"S"O"S""S"X"S">"S"X"S" "S"X"S"a"S"X"S"a"S"X"
// CHECK-NEXT: 9 "" ""
// CHECK-NEXT: 9 "abc" "abc"
// CHECK-NEXT: 9 "aaaaa" "aaaaa"
// CHECK-NEXT: 9 "<a href=\x22x&y\x22>" "<a href=\x22x&y\x22>"
// CHECK-NEXT: 9 "hello world, hellish" "HI world, hellish"
// CHECK-NEXT: 9 "h\xc3\xa9llo\xff" "h\xc3\xa9llo\xff"
// CHECK-NEXT: 9 "banana" "banana"
// CHECK-NEXT: 9 "foo" "foo"
// CHECK-NEXT: 9 6 true W""W"HI"W" abc"
// CHECK-NEXT: 9 7 S"<"S"HI"S"> aa"
// CHECK-NEXT: 10 "" ""
// CHECK-NEXT: 10 "abc" "abc"
// CHECK-NEXT: 10 "aaaaa" "aaaaa"
// CHECK-NEXT: 10 "<a href=\x22x&y\x22>" "<a href=\x22x&y\x22>"
// CHECK-NEXT: 10 "hello world, hellish" "HI EARTH, HECKish"
// CHECK-NEXT: 10 "h\xc3\xa9llo\xff" "h\xc3\xa9llo\xff"
// CHECK-NEXT: 10 "banana" "banana"
// CHECK-NEXT: 10 "foo" "foo"
// CHECK-NEXT: 10 6 true W""W"HI"W" abc"
// CHECK-NEXT: 10 7 S"<"S"HI"S"> aa"
// CHECK-NEXT: 11 "" ""
// CHECK-NEXT: 11 "abc" "abc"
// CHECK-NEXT: 11 "aaaaa" "aaaaa"
// CHECK-NEXT: 11 "<a href=\x22x&y\x22>" "<a href=\x22x&y\x22>"
// CHECK-NEXT: 11 "hello world, hellish" "hello world, hellish"
// CHECK-NEXT: 11 "h\xc3\xa9llo\xff" "hello?"
// CHECK-NEXT: 11 "banana" "banana"
// CHECK-NEXT: 11 "foo" "foo"
// CHECK-NEXT: 11 9 true W"hello abc"
// CHECK-NEXT: 11 10 S"<hello> aa"
// CHECK-NEXT: 12 "" ""
// CHECK-NEXT: 12 "abc" "bac"
// CHECK-NEXT: 12 "aaaaa" "aaaaa"
// CHECK-NEXT: 12 "<a href=\x22x&y\x22>" "<a href=\x22x&y\x22>"
// CHECK-NEXT: 12 "hello world, hellish" "hello world, hellish"
// CHECK-NEXT: 12 "h\xc3\xa9llo\xff" "h\xc3\xa9llo\xff"
// CHECK-NEXT: 12 "banana" "abnana"
// CHECK-NEXT: 12 "foo" "foo"
// CHECK-NEXT: 12 9 true W"hello "W"ba"W"c"
// CHECK-NEXT: 12 10 S"<hello> aa"
// CHECK-NEXT: 13 "" ""
// CHECK-NEXT: 13 "abc" "abc"
// CHECK-NEXT: 13 "aaaaa" "aaaaa"
// CHECK-NEXT: 13 "<a href=\x22x&y\x22>" "<a href=\x22x&y\x22>"
// CHECK-NEXT: 13 "hello world, hellish" "hello world, hellish"
// CHECK-NEXT: 13 "h\xc3\xa9llo\xff" "h\xc3\xa9llo\xff"
// CHECK-NEXT: 13 "banana" "banana"
// CHECK-NEXT: 13 "foo" "foo"
// CHECK-NEXT: 13 9 true W"hello abc"
// CHECK-NEXT: 13 10 W"<hello> aa"
// CHECK-NEXT: recovered: strings.NewReplacer: odd argument count
