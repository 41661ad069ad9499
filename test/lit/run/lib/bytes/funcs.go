// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// bytes functions: results, nil-ness and capacities as Go returns them
// (Split/Fields pieces are capped), searching with invalid UTF-8, case
// mapping, trimming, Replace, Repeat panics.

package main

import (
	"bytes"
	"unicode"
)

func q(b []byte) string {
	const hex = "0123456789abcdef"
	out := "\""
	for _, c := range b {
		if c < 0x20 || c >= 0x7f || c == '"' || c == '\\' {
			out += "\\x" + string(hex[c>>4]) + string(hex[c&15])
		} else {
			out += string(c)
		}
	}
	out += "\""
	if b == nil {
		out += "(nil)"
	}
	return out
}

func show(label string, a [][]byte) {
	print(label, " ", len(a), " ", a == nil, ":")
	for _, e := range a {
		print(" ", q(e), "/", cap(e))
	}
	println()
}

func B(s string) []byte { return []byte(s) }

func main() {
	for _, s := range []string{"", "a,b,,c", "abc", "a\xffb,\xfe", "日本,語", ","} {
		b := B(s)
		println("in", q(b))
		for _, sep := range []string{",", "", "b"} {
			show(" Split "+sep, bytes.Split(b, B(sep)))
			show(" SplitAfter "+sep, bytes.SplitAfter(b, B(sep)))
			for _, n := range []int{-1, 0, 1, 2, 5} {
				print(" n=", n, " ")
				show("SplitN", bytes.SplitN(b, B(sep), n))
				print(" n=", n, " ")
				show("SplitAfterN", bytes.SplitAfterN(b, B(sep), n))
			}
		}
		show(" Fields", bytes.Fields(b))
		show(" FieldsFunc", bytes.FieldsFunc(b, func(r rune) bool { return r == ',' || r == 0xFFFD }))
		println(" idx", bytes.Index(b, B("b")), bytes.LastIndex(b, B(",")), bytes.Count(b, B("")),
			bytes.Count(b, B(",")), bytes.IndexAny(b, "\xff,"), bytes.LastIndexAny(b, "b本"),
			bytes.IndexRune(b, 0xFFFD), bytes.IndexRune(b, '語'), bytes.IndexByte(b, ','),
			bytes.LastIndexByte(b, 'a'), bytes.ContainsAny(b, ""), bytes.ContainsRune(b, 'c'),
			bytes.Contains(b, nil), bytes.HasPrefix(b, B("a")), bytes.HasSuffix(b, B("c")))
		println(" case", q(bytes.ToUpper(b)), q(bytes.ToLower(b)), q(bytes.ToTitle(b)),
			q(bytes.Title(b)), q(bytes.ToUpperSpecial(unicode.TurkishCase, b)),
			q(bytes.ToValidUTF8(b, B("?"))), q(bytes.Map(func(r rune) rune { return r + 1 }, b)))
		println(" trim", q(bytes.Trim(b, "a,")), q(bytes.TrimLeft(b, "a")), q(bytes.TrimRight(b, "c,")),
			q(bytes.TrimSpace(b)), q(bytes.TrimFunc(b, unicode.IsLetter)), q(bytes.TrimPrefix(b, B("a"))),
			q(bytes.TrimSuffix(b, B(","))), q(bytes.Trim(b, "")), q(bytes.TrimLeft(b, "\xff")))
		before, after, found := bytes.Cut(b, B(","))
		println(" cut", q(before), q(after), found)
		println(" replace", q(bytes.Replace(b, B(","), B(";;"), -1)), q(bytes.Replace(b, nil, B("."), 2)),
			q(bytes.Replace(b, B("x"), B("y"), -1)), q(bytes.ReplaceAll(b, B("b"), nil)),
			q(bytes.Replace(b, B(","), B("_"), 0)))
		println(" runes", len(bytes.Runes(b)), bytes.Equal(b, B(s)), bytes.Compare(b, B("b")))
	}
	m := bytes.Map(func(r rune) rune { return '世' }, B("abc"))
	println(q(m), len(m), cap(m))
	m = bytes.Map(func(r rune) rune { return -1 }, B("abc"))
	println(q(m), len(m), cap(m))
	m = bytes.Map(func(r rune) rune { return r }, nil)
	println(q(m), len(m), cap(m))
	println(q(bytes.Join(nil, B(","))), q(bytes.Join([][]byte{B("")}, B(","))),
		q(bytes.Join([][]byte{B("a"), B("b")}, B(", "))), q(bytes.Join([][]byte{nil, nil}, nil)))
	println(q(bytes.Repeat(B("ab"), 0)), q(bytes.Repeat(B("ab"), 3)), q(bytes.Repeat(nil, 5)))
	println(q(bytes.TrimSpace(B("   "))), q(bytes.TrimSpace(B(" \u3000 "))), q(bytes.TrimSpace(B(" x "))))
	println(q(bytes.ToUpper(nil)), q(bytes.ToLower(B(""))), q(bytes.TrimRight(B(""), "x")),
		q(bytes.TrimRight(B("xx"), "x")), q(bytes.TrimLeftFunc(B("aa"), unicode.IsLetter)),
		q(bytes.TrimRightFunc(B("aa"), unicode.IsLetter)))
	println(bytes.EqualFold(B("Straße"), B("STRAßE")), bytes.EqualFold(B("k"), B("\u212a")),
		bytes.EqualFold(B("a"), B("ab")), bytes.Equal(nil, B("")))
	defer func() { println("recovered:", recover().(string)) }()
	bytes.Repeat(B("x"), -1)
}

// CHECK: in ""
// CHECK-NEXT:  Split , 1 false: ""/0
// CHECK-NEXT:  SplitAfter , 1 false: ""/0
// CHECK-NEXT:  n=-1 SplitN 1 false: ""/0
// CHECK-NEXT:  n=-1 SplitAfterN 1 false: ""/0
// CHECK-NEXT:  n=0 SplitN 0 true:
// CHECK-NEXT:  n=0 SplitAfterN 0 true:
// CHECK-NEXT:  n=1 SplitN 1 false: ""/0
// CHECK-NEXT:  n=1 SplitAfterN 1 false: ""/0
// CHECK-NEXT:  n=2 SplitN 1 false: ""/0
// CHECK-NEXT:  n=2 SplitAfterN 1 false: ""/0
// CHECK-NEXT:  n=5 SplitN 1 false: ""/0
// CHECK-NEXT:  n=5 SplitAfterN 1 false: ""/0
// CHECK-NEXT:  Split  0 false:
// CHECK-NEXT:  SplitAfter  0 false:
// CHECK-NEXT:  n=-1 SplitN 0 false:
// CHECK-NEXT:  n=-1 SplitAfterN 0 false:
// CHECK-NEXT:  n=0 SplitN 0 true:
// CHECK-NEXT:  n=0 SplitAfterN 0 true:
// CHECK-NEXT:  n=1 SplitN 0 false:
// CHECK-NEXT:  n=1 SplitAfterN 0 false:
// CHECK-NEXT:  n=2 SplitN 0 false:
// CHECK-NEXT:  n=2 SplitAfterN 0 false:
// CHECK-NEXT:  n=5 SplitN 0 false:
// CHECK-NEXT:  n=5 SplitAfterN 0 false:
// CHECK-NEXT:  Split b 1 false: ""/0
// CHECK-NEXT:  SplitAfter b 1 false: ""/0
// CHECK-NEXT:  n=-1 SplitN 1 false: ""/0
// CHECK-NEXT:  n=-1 SplitAfterN 1 false: ""/0
// CHECK-NEXT:  n=0 SplitN 0 true:
// CHECK-NEXT:  n=0 SplitAfterN 0 true:
// CHECK-NEXT:  n=1 SplitN 1 false: ""/0
// CHECK-NEXT:  n=1 SplitAfterN 1 false: ""/0
// CHECK-NEXT:  n=2 SplitN 1 false: ""/0
// CHECK-NEXT:  n=2 SplitAfterN 1 false: ""/0
// CHECK-NEXT:  n=5 SplitN 1 false: ""/0
// CHECK-NEXT:  n=5 SplitAfterN 1 false: ""/0
// CHECK-NEXT:  Fields 0 false:
// CHECK-NEXT:  FieldsFunc 0 false:
// CHECK-NEXT:  idx -1 -1 1 0 -1 -1 -1 -1 -1 -1 false false true false false
// CHECK-NEXT:  case "" "" "" "" "" "" ""
// CHECK-NEXT:  trim ""(nil) ""(nil) "" ""(nil) ""(nil) "" "" ""(nil) ""(nil)
// CHECK-NEXT:  cut "" ""(nil) false
// CHECK-NEXT:  replace ""(nil) "." ""(nil) ""(nil) ""(nil)
// CHECK-NEXT:  runes 0 true -1
// CHECK-NEXT: in "a,b,,c"
// CHECK-NEXT:  Split , 4 false: "a"/1 "b"/1 ""/0 "c"/3
// CHECK-NEXT:  SplitAfter , 4 false: "a,"/2 "b,"/2 ","/1 "c"/3
// CHECK-NEXT:  n=-1 SplitN 4 false: "a"/1 "b"/1 ""/0 "c"/3
// CHECK-NEXT:  n=-1 SplitAfterN 4 false: "a,"/2 "b,"/2 ","/1 "c"/3
// CHECK-NEXT:  n=0 SplitN 0 true:
// CHECK-NEXT:  n=0 SplitAfterN 0 true:
// CHECK-NEXT:  n=1 SplitN 1 false: "a,b,,c"/8
// CHECK-NEXT:  n=1 SplitAfterN 1 false: "a,b,,c"/8
// CHECK-NEXT:  n=2 SplitN 2 false: "a"/1 "b,,c"/6
// CHECK-NEXT:  n=2 SplitAfterN 2 false: "a,"/2 "b,,c"/6
// CHECK-NEXT:  n=5 SplitN 4 false: "a"/1 "b"/1 ""/0 "c"/3
// CHECK-NEXT:  n=5 SplitAfterN 4 false: "a,"/2 "b,"/2 ","/1 "c"/3
// CHECK-NEXT:  Split  6 false: "a"/1 ","/1 "b"/1 ","/1 ","/1 "c"/3
// CHECK-NEXT:  SplitAfter  6 false: "a"/1 ","/1 "b"/1 ","/1 ","/1 "c"/3
// CHECK-NEXT:  n=-1 SplitN 6 false: "a"/1 ","/1 "b"/1 ","/1 ","/1 "c"/3
// CHECK-NEXT:  n=-1 SplitAfterN 6 false: "a"/1 ","/1 "b"/1 ","/1 ","/1 "c"/3
// CHECK-NEXT:  n=0 SplitN 0 true:
// CHECK-NEXT:  n=0 SplitAfterN 0 true:
// CHECK-NEXT:  n=1 SplitN 1 false: "a,b,,c"/8
// CHECK-NEXT:  n=1 SplitAfterN 1 false: "a,b,,c"/8
// CHECK-NEXT:  n=2 SplitN 2 false: "a"/1 ",b,,c"/7
// CHECK-NEXT:  n=2 SplitAfterN 2 false: "a"/1 ",b,,c"/7
// CHECK-NEXT:  n=5 SplitN 5 false: "a"/1 ","/1 "b"/1 ","/1 ",c"/4
// CHECK-NEXT:  n=5 SplitAfterN 5 false: "a"/1 ","/1 "b"/1 ","/1 ",c"/4
// CHECK-NEXT:  Split b 2 false: "a,"/2 ",,c"/5
// CHECK-NEXT:  SplitAfter b 2 false: "a,b"/3 ",,c"/5
// CHECK-NEXT:  n=-1 SplitN 2 false: "a,"/2 ",,c"/5
// CHECK-NEXT:  n=-1 SplitAfterN 2 false: "a,b"/3 ",,c"/5
// CHECK-NEXT:  n=0 SplitN 0 true:
// CHECK-NEXT:  n=0 SplitAfterN 0 true:
// CHECK-NEXT:  n=1 SplitN 1 false: "a,b,,c"/8
// CHECK-NEXT:  n=1 SplitAfterN 1 false: "a,b,,c"/8
// CHECK-NEXT:  n=2 SplitN 2 false: "a,"/2 ",,c"/5
// CHECK-NEXT:  n=2 SplitAfterN 2 false: "a,b"/3 ",,c"/5
// CHECK-NEXT:  n=5 SplitN 2 false: "a,"/2 ",,c"/5
// CHECK-NEXT:  n=5 SplitAfterN 2 false: "a,b"/3 ",,c"/5
// CHECK-NEXT:  Fields 1 false: "a,b,,c"/6
// CHECK-NEXT:  FieldsFunc 3 false: "a"/1 "b"/1 "c"/1
// CHECK-NEXT:  idx 2 4 7 3 1 2 -1 -1 1 0 false true true true true
// CHECK-NEXT:  case "A,B,,C" "a,b,,c" "A,B,,C" "A,B,,C" "A,B,,C" "a,b,,c" "b-c--d"
// CHECK-NEXT:  trim "b,,c" ",b,,c" "a,b" "a,b,,c" ",b,," ",b,,c" "a,b,,c" "a,b,,c" "a,b,,c"
// CHECK-NEXT:  cut "a" "b,,c" true
// CHECK-NEXT:  replace "a;;b;;;;c" ".a.,b,,c" "a,b,,c" "a,,,c" "a,b,,c"
// CHECK-NEXT:  runes 6 true -1
// CHECK-NEXT: in "abc"
// CHECK-NEXT:  Split , 1 false: "abc"/8
// CHECK-NEXT:  SplitAfter , 1 false: "abc"/8
// CHECK-NEXT:  n=-1 SplitN 1 false: "abc"/8
// CHECK-NEXT:  n=-1 SplitAfterN 1 false: "abc"/8
// CHECK-NEXT:  n=0 SplitN 0 true:
// CHECK-NEXT:  n=0 SplitAfterN 0 true:
// CHECK-NEXT:  n=1 SplitN 1 false: "abc"/8
// CHECK-NEXT:  n=1 SplitAfterN 1 false: "abc"/8
// CHECK-NEXT:  n=2 SplitN 1 false: "abc"/8
// CHECK-NEXT:  n=2 SplitAfterN 1 false: "abc"/8
// CHECK-NEXT:  n=5 SplitN 1 false: "abc"/8
// CHECK-NEXT:  n=5 SplitAfterN 1 false: "abc"/8
// CHECK-NEXT:  Split  3 false: "a"/1 "b"/1 "c"/6
// CHECK-NEXT:  SplitAfter  3 false: "a"/1 "b"/1 "c"/6
// CHECK-NEXT:  n=-1 SplitN 3 false: "a"/1 "b"/1 "c"/6
// CHECK-NEXT:  n=-1 SplitAfterN 3 false: "a"/1 "b"/1 "c"/6
// CHECK-NEXT:  n=0 SplitN 0 true:
// CHECK-NEXT:  n=0 SplitAfterN 0 true:
// CHECK-NEXT:  n=1 SplitN 1 false: "abc"/8
// CHECK-NEXT:  n=1 SplitAfterN 1 false: "abc"/8
// CHECK-NEXT:  n=2 SplitN 2 false: "a"/1 "bc"/7
// CHECK-NEXT:  n=2 SplitAfterN 2 false: "a"/1 "bc"/7
// CHECK-NEXT:  n=5 SplitN 3 false: "a"/1 "b"/1 "c"/6
// CHECK-NEXT:  n=5 SplitAfterN 3 false: "a"/1 "b"/1 "c"/6
// CHECK-NEXT:  Split b 2 false: "a"/1 "c"/6
// CHECK-NEXT:  SplitAfter b 2 false: "ab"/2 "c"/6
// CHECK-NEXT:  n=-1 SplitN 2 false: "a"/1 "c"/6
// CHECK-NEXT:  n=-1 SplitAfterN 2 false: "ab"/2 "c"/6
// CHECK-NEXT:  n=0 SplitN 0 true:
// CHECK-NEXT:  n=0 SplitAfterN 0 true:
// CHECK-NEXT:  n=1 SplitN 1 false: "abc"/8
// CHECK-NEXT:  n=1 SplitAfterN 1 false: "abc"/8
// CHECK-NEXT:  n=2 SplitN 2 false: "a"/1 "c"/6
// CHECK-NEXT:  n=2 SplitAfterN 2 false: "ab"/2 "c"/6
// CHECK-NEXT:  n=5 SplitN 2 false: "a"/1 "c"/6
// CHECK-NEXT:  n=5 SplitAfterN 2 false: "ab"/2 "c"/6
// CHECK-NEXT:  Fields 1 false: "abc"/3
// CHECK-NEXT:  FieldsFunc 1 false: "abc"/3
// CHECK-NEXT:  idx 1 -1 4 0 -1 1 -1 -1 -1 0 false true true true true
// CHECK-NEXT:  case "ABC" "abc" "ABC" "Abc" "ABC" "abc" "bcd"
// CHECK-NEXT:  trim "bc" "bc" "ab" "abc" ""(nil) "bc" "abc" "abc" "abc"
// CHECK-NEXT:  cut "abc" ""(nil) false
// CHECK-NEXT:  replace "abc" ".a.bc" "abc" "ac" "abc"
// CHECK-NEXT:  runes 3 true -1
// CHECK-NEXT: in "a\xffb,\xfe"
// CHECK-NEXT:  Split , 2 false: "a\xffb"/3 "\xfe"/4
// CHECK-NEXT:  SplitAfter , 2 false: "a\xffb,"/4 "\xfe"/4
// CHECK-NEXT:  n=-1 SplitN 2 false: "a\xffb"/3 "\xfe"/4
// CHECK-NEXT:  n=-1 SplitAfterN 2 false: "a\xffb,"/4 "\xfe"/4
// CHECK-NEXT:  n=0 SplitN 0 true:
// CHECK-NEXT:  n=0 SplitAfterN 0 true:
// CHECK-NEXT:  n=1 SplitN 1 false: "a\xffb,\xfe"/8
// CHECK-NEXT:  n=1 SplitAfterN 1 false: "a\xffb,\xfe"/8
// CHECK-NEXT:  n=2 SplitN 2 false: "a\xffb"/3 "\xfe"/4
// CHECK-NEXT:  n=2 SplitAfterN 2 false: "a\xffb,"/4 "\xfe"/4
// CHECK-NEXT:  n=5 SplitN 2 false: "a\xffb"/3 "\xfe"/4
// CHECK-NEXT:  n=5 SplitAfterN 2 false: "a\xffb,"/4 "\xfe"/4
// CHECK-NEXT:  Split  5 false: "a"/1 "\xff"/1 "b"/1 ","/1 "\xfe"/4
// CHECK-NEXT:  SplitAfter  5 false: "a"/1 "\xff"/1 "b"/1 ","/1 "\xfe"/4
// CHECK-NEXT:  n=-1 SplitN 5 false: "a"/1 "\xff"/1 "b"/1 ","/1 "\xfe"/4
// CHECK-NEXT:  n=-1 SplitAfterN 5 false: "a"/1 "\xff"/1 "b"/1 ","/1 "\xfe"/4
// CHECK-NEXT:  n=0 SplitN 0 true:
// CHECK-NEXT:  n=0 SplitAfterN 0 true:
// CHECK-NEXT:  n=1 SplitN 1 false: "a\xffb,\xfe"/8
// CHECK-NEXT:  n=1 SplitAfterN 1 false: "a\xffb,\xfe"/8
// CHECK-NEXT:  n=2 SplitN 2 false: "a"/1 "\xffb,\xfe"/7
// CHECK-NEXT:  n=2 SplitAfterN 2 false: "a"/1 "\xffb,\xfe"/7
// CHECK-NEXT:  n=5 SplitN 5 false: "a"/1 "\xff"/1 "b"/1 ","/1 "\xfe"/4
// CHECK-NEXT:  n=5 SplitAfterN 5 false: "a"/1 "\xff"/1 "b"/1 ","/1 "\xfe"/4
// CHECK-NEXT:  Split b 2 false: "a\xff"/2 ",\xfe"/5
// CHECK-NEXT:  SplitAfter b 2 false: "a\xffb"/3 ",\xfe"/5
// CHECK-NEXT:  n=-1 SplitN 2 false: "a\xff"/2 ",\xfe"/5
// CHECK-NEXT:  n=-1 SplitAfterN 2 false: "a\xffb"/3 ",\xfe"/5
// CHECK-NEXT:  n=0 SplitN 0 true:
// CHECK-NEXT:  n=0 SplitAfterN 0 true:
// CHECK-NEXT:  n=1 SplitN 1 false: "a\xffb,\xfe"/8
// CHECK-NEXT:  n=1 SplitAfterN 1 false: "a\xffb,\xfe"/8
// CHECK-NEXT:  n=2 SplitN 2 false: "a\xff"/2 ",\xfe"/5
// CHECK-NEXT:  n=2 SplitAfterN 2 false: "a\xffb"/3 ",\xfe"/5
// CHECK-NEXT:  n=5 SplitN 2 false: "a\xff"/2 ",\xfe"/5
// CHECK-NEXT:  n=5 SplitAfterN 2 false: "a\xffb"/3 ",\xfe"/5
// CHECK-NEXT:  Fields 1 false: "a\xffb,\xfe"/5
// CHECK-NEXT:  FieldsFunc 2 false: "a"/1 "b"/1
// CHECK-NEXT:  idx 2 3 6 1 1 2 1 -1 3 0 false false true true false
// CHECK-NEXT:  case "A\xef\xbf\xbdB,\xef\xbf\xbd" "a\xef\xbf\xbdb,\xef\xbf\xbd" "A\xef\xbf\xbdB,\xef\xbf\xbd" "A\xef\xbf\xbdb,\xef\xbf\xbd" "A\xef\xbf\xbdB,\xef\xbf\xbd" "a?b,?" "b\xef\xbf\xbec-\xef\xbf\xbe"
// CHECK-NEXT:  trim "\xffb,\xfe" "\xffb,\xfe" "a\xffb,\xfe" "a\xffb,\xfe" "\xffb,\xfe" "\xffb,\xfe" "a\xffb,\xfe" "a\xffb,\xfe" "a\xffb,\xfe"
// CHECK-NEXT:  cut "a\xffb" "\xfe" true
// CHECK-NEXT:  replace "a\xffb;;\xfe" ".a.\xffb,\xfe" "a\xffb,\xfe" "a\xff,\xfe" "a\xffb,\xfe"
// CHECK-NEXT:  runes 5 true -1
// CHECK-NEXT: in "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e"
// CHECK-NEXT:  Split , 2 false: "\xe6\x97\xa5\xe6\x9c\xac"/6 "\xe8\xaa\x9e"/9
// CHECK-NEXT:  SplitAfter , 2 false: "\xe6\x97\xa5\xe6\x9c\xac,"/7 "\xe8\xaa\x9e"/9
// CHECK-NEXT:  n=-1 SplitN 2 false: "\xe6\x97\xa5\xe6\x9c\xac"/6 "\xe8\xaa\x9e"/9
// CHECK-NEXT:  n=-1 SplitAfterN 2 false: "\xe6\x97\xa5\xe6\x9c\xac,"/7 "\xe8\xaa\x9e"/9
// CHECK-NEXT:  n=0 SplitN 0 true:
// CHECK-NEXT:  n=0 SplitAfterN 0 true:
// CHECK-NEXT:  n=1 SplitN 1 false: "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e"/16
// CHECK-NEXT:  n=1 SplitAfterN 1 false: "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e"/16
// CHECK-NEXT:  n=2 SplitN 2 false: "\xe6\x97\xa5\xe6\x9c\xac"/6 "\xe8\xaa\x9e"/9
// CHECK-NEXT:  n=2 SplitAfterN 2 false: "\xe6\x97\xa5\xe6\x9c\xac,"/7 "\xe8\xaa\x9e"/9
// CHECK-NEXT:  n=5 SplitN 2 false: "\xe6\x97\xa5\xe6\x9c\xac"/6 "\xe8\xaa\x9e"/9
// CHECK-NEXT:  n=5 SplitAfterN 2 false: "\xe6\x97\xa5\xe6\x9c\xac,"/7 "\xe8\xaa\x9e"/9
// CHECK-NEXT:  Split  4 false: "\xe6\x97\xa5"/3 "\xe6\x9c\xac"/3 ","/1 "\xe8\xaa\x9e"/3
// CHECK-NEXT:  SplitAfter  4 false: "\xe6\x97\xa5"/3 "\xe6\x9c\xac"/3 ","/1 "\xe8\xaa\x9e"/3
// CHECK-NEXT:  n=-1 SplitN 4 false: "\xe6\x97\xa5"/3 "\xe6\x9c\xac"/3 ","/1 "\xe8\xaa\x9e"/3
// CHECK-NEXT:  n=-1 SplitAfterN 4 false: "\xe6\x97\xa5"/3 "\xe6\x9c\xac"/3 ","/1 "\xe8\xaa\x9e"/3
// CHECK-NEXT:  n=0 SplitN 0 true:
// CHECK-NEXT:  n=0 SplitAfterN 0 true:
// CHECK-NEXT:  n=1 SplitN 1 false: "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e"/16
// CHECK-NEXT:  n=1 SplitAfterN 1 false: "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e"/16
// CHECK-NEXT:  n=2 SplitN 2 false: "\xe6\x97\xa5"/3 "\xe6\x9c\xac,\xe8\xaa\x9e"/13
// CHECK-NEXT:  n=2 SplitAfterN 2 false: "\xe6\x97\xa5"/3 "\xe6\x9c\xac,\xe8\xaa\x9e"/13
// CHECK-NEXT:  n=5 SplitN 4 false: "\xe6\x97\xa5"/3 "\xe6\x9c\xac"/3 ","/1 "\xe8\xaa\x9e"/3
// CHECK-NEXT:  n=5 SplitAfterN 4 false: "\xe6\x97\xa5"/3 "\xe6\x9c\xac"/3 ","/1 "\xe8\xaa\x9e"/3
// CHECK-NEXT:  Split b 1 false: "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e"/16
// CHECK-NEXT:  SplitAfter b 1 false: "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e"/16
// CHECK-NEXT:  n=-1 SplitN 1 false: "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e"/16
// CHECK-NEXT:  n=-1 SplitAfterN 1 false: "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e"/16
// CHECK-NEXT:  n=0 SplitN 0 true:
// CHECK-NEXT:  n=0 SplitAfterN 0 true:
// CHECK-NEXT:  n=1 SplitN 1 false: "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e"/16
// CHECK-NEXT:  n=1 SplitAfterN 1 false: "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e"/16
// CHECK-NEXT:  n=2 SplitN 1 false: "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e"/16
// CHECK-NEXT:  n=2 SplitAfterN 1 false: "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e"/16
// CHECK-NEXT:  n=5 SplitN 1 false: "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e"/16
// CHECK-NEXT:  n=5 SplitAfterN 1 false: "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e"/16
// CHECK-NEXT:  Fields 1 false: "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e"/10
// CHECK-NEXT:  FieldsFunc 2 false: "\xe6\x97\xa5\xe6\x9c\xac"/6 "\xe8\xaa\x9e"/3
// CHECK-NEXT:  idx -1 6 5 1 6 3 -1 7 6 -1 false false true false false
// CHECK-NEXT:  case "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e" "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e" "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e" "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e" "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e" "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e" "\xe6\x97\xa6\xe6\x9c\xad-\xe8\xaa\x9f"
// CHECK-NEXT:  trim "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e" "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e" "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e" "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e" "," "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e" "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e" "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e" "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e"
// CHECK-NEXT:  cut "\xe6\x97\xa5\xe6\x9c\xac" "\xe8\xaa\x9e" true
// CHECK-NEXT:  replace "\xe6\x97\xa5\xe6\x9c\xac;;\xe8\xaa\x9e" ".\xe6\x97\xa5.\xe6\x9c\xac,\xe8\xaa\x9e" "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e" "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e" "\xe6\x97\xa5\xe6\x9c\xac,\xe8\xaa\x9e"
// CHECK-NEXT:  runes 4 true 1
// CHECK-NEXT: in ","
// CHECK-NEXT:  Split , 2 false: ""/0 ""/7
// CHECK-NEXT:  SplitAfter , 2 false: ","/1 ""/7
// CHECK-NEXT:  n=-1 SplitN 2 false: ""/0 ""/7
// CHECK-NEXT:  n=-1 SplitAfterN 2 false: ","/1 ""/7
// CHECK-NEXT:  n=0 SplitN 0 true:
// CHECK-NEXT:  n=0 SplitAfterN 0 true:
// CHECK-NEXT:  n=1 SplitN 1 false: ","/8
// CHECK-NEXT:  n=1 SplitAfterN 1 false: ","/8
// CHECK-NEXT:  n=2 SplitN 2 false: ""/0 ""/7
// CHECK-NEXT:  n=2 SplitAfterN 2 false: ","/1 ""/7
// CHECK-NEXT:  n=5 SplitN 2 false: ""/0 ""/7
// CHECK-NEXT:  n=5 SplitAfterN 2 false: ","/1 ""/7
// CHECK-NEXT:  Split  1 false: ","/8
// CHECK-NEXT:  SplitAfter  1 false: ","/8
// CHECK-NEXT:  n=-1 SplitN 1 false: ","/8
// CHECK-NEXT:  n=-1 SplitAfterN 1 false: ","/8
// CHECK-NEXT:  n=0 SplitN 0 true:
// CHECK-NEXT:  n=0 SplitAfterN 0 true:
// CHECK-NEXT:  n=1 SplitN 1 false: ","/8
// CHECK-NEXT:  n=1 SplitAfterN 1 false: ","/8
// CHECK-NEXT:  n=2 SplitN 1 false: ","/8
// CHECK-NEXT:  n=2 SplitAfterN 1 false: ","/8
// CHECK-NEXT:  n=5 SplitN 1 false: ","/8
// CHECK-NEXT:  n=5 SplitAfterN 1 false: ","/8
// CHECK-NEXT:  Split b 1 false: ","/8
// CHECK-NEXT:  SplitAfter b 1 false: ","/8
// CHECK-NEXT:  n=-1 SplitN 1 false: ","/8
// CHECK-NEXT:  n=-1 SplitAfterN 1 false: ","/8
// CHECK-NEXT:  n=0 SplitN 0 true:
// CHECK-NEXT:  n=0 SplitAfterN 0 true:
// CHECK-NEXT:  n=1 SplitN 1 false: ","/8
// CHECK-NEXT:  n=1 SplitAfterN 1 false: ","/8
// CHECK-NEXT:  n=2 SplitN 1 false: ","/8
// CHECK-NEXT:  n=2 SplitAfterN 1 false: ","/8
// CHECK-NEXT:  n=5 SplitN 1 false: ","/8
// CHECK-NEXT:  n=5 SplitAfterN 1 false: ","/8
// CHECK-NEXT:  Fields 1 false: ","/1
// CHECK-NEXT:  FieldsFunc 0 false:
// CHECK-NEXT:  idx -1 0 2 1 0 -1 -1 -1 0 -1 false false true false false
// CHECK-NEXT:  case "," "," "," "," "," "," "-"
// CHECK-NEXT:  trim ""(nil) "," "" "," "," "," "" "," ","
// CHECK-NEXT:  cut "" "" true
// CHECK-NEXT:  replace ";;" ".,." "," "," ","
// CHECK-NEXT:  runes 1 true -1
// CHECK-NEXT: "\xe4\xb8\x96\xe4\xb8\x96\xe4\xb8\x96" 9 10
// CHECK-NEXT: "" 0 3
// CHECK-NEXT: "" 0 0
// CHECK-NEXT: "" ""(nil) "a, b" ""
// CHECK-NEXT: "" "ababab" ""
// CHECK-NEXT: ""(nil) ""(nil) "x"
// CHECK-NEXT: "" "" "" "" ""(nil) ""
// CHECK-NEXT: true true false true
// CHECK-NEXT: recovered: bytes: negative Repeat count
