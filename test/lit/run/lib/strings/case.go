// RUN: %golite build -o %t %s && %expect-exit 2 %run %t 2>&1 | FileCheck --match-full-lines %s
// strings case mapping and Map: ToUpper/ToLower/ToTitle(Special), Title, Map
// (dropping runes, growing, invalid UTF-8), ToValidUTF8, Repeat.

package main

import (
	"strings"
	"unicode"
)

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

func main() {
	for _, s := range []string{"", "hello", "HELLO", "Hello World", "héllo wörld", "ǆemal",
		"ﬁx", "straße", "İstanbul", "ΑΒΓ αβγ σς", "\xffabc\xfe", "a\xef\xbf\xbdb", "123 !?",
		"her royal highness", "o'neil is_here 3rd-place", "ǉubav", "ⓐⓑ", "\u0250\u0251"} {
		println(q(s))
		println(" ", q(strings.ToUpper(s)), q(strings.ToLower(s)), q(strings.ToTitle(s)))
		println(" ", q(strings.Title(s)), q(strings.ToUpperSpecial(unicode.TurkishCase, s)),
			q(strings.ToLowerSpecial(unicode.TurkishCase, s)), q(strings.ToTitleSpecial(unicode.AzeriCase, s)))
		println(" ", q(strings.ToValidUTF8(s, "?")), q(strings.ToValidUTF8(s, "")))
	}
	drop := func(r rune) rune {
		if r == 'a' || r == 0xFFFD {
			return -1
		}
		if r == 'b' {
			return '世'
		}
		return r
	}
	for _, s := range []string{"", "abc", "xyz", "bbb", "\xff", "\xffxyz", "a\xc0\x80b", "\uFFFD"} {
		println(q(s), q(strings.Map(drop, s)), q(strings.Map(func(r rune) rune { return r }, s)),
			q(strings.Map(unicode.ToUpper, s)))
	}
	println(q(strings.ToValidUTF8("a\xff\xfe\xfdb\xc0\xafc\xed\xa0\x80", "<>")))
	for _, n := range []int{0, 1, 2, 3, 7} {
		println(n, q(strings.Repeat("ab", n)), q(strings.Repeat("", n)), len(strings.Repeat("xyz", n*100)))
	}
	println(len(strings.Repeat("", 1<<62)))
	func() {
		defer func() { println("recovered:", recover().(string)) }()
		strings.Repeat("x", -1)
	}()
	func() {
		defer func() { println("recovered:", recover().(string)) }()
		strings.Repeat("xy", 1<<62)
	}()
	strings.Repeat("abc", -2)
}

// CHECK: ""
// CHECK-NEXT:   "" "" ""
// CHECK-NEXT:   "" "" "" ""
// CHECK-NEXT:   "" ""
// CHECK-NEXT: "hello"
// CHECK-NEXT:   "HELLO" "hello" "HELLO"
// CHECK-NEXT:   "Hello" "HELLO" "hello" "HELLO"
// CHECK-NEXT:   "hello" "hello"
// CHECK-NEXT: "HELLO"
// CHECK-NEXT:   "HELLO" "hello" "HELLO"
// CHECK-NEXT:   "HELLO" "HELLO" "hello" "HELLO"
// CHECK-NEXT:   "HELLO" "HELLO"
// CHECK-NEXT: "Hello World"
// CHECK-NEXT:   "HELLO WORLD" "hello world" "HELLO WORLD"
// CHECK-NEXT:   "Hello World" "HELLO WORLD" "hello world" "HELLO WORLD"
// CHECK-NEXT:   "Hello World" "Hello World"
// CHECK-NEXT: "h\xc3\xa9llo w\xc3\xb6rld"
// CHECK-NEXT:   "H\xc3\x89LLO W\xc3\x96RLD" "h\xc3\xa9llo w\xc3\xb6rld" "H\xc3\x89LLO W\xc3\x96RLD"
// CHECK-NEXT:   "H\xc3\xa9llo W\xc3\xb6rld" "H\xc3\x89LLO W\xc3\x96RLD" "h\xc3\xa9llo w\xc3\xb6rld" "H\xc3\x89LLO W\xc3\x96RLD"
// CHECK-NEXT:   "h\xc3\xa9llo w\xc3\xb6rld" "h\xc3\xa9llo w\xc3\xb6rld"
// CHECK-NEXT: "\xc7\x86emal"
// CHECK-NEXT:   "\xc7\x84EMAL" "\xc7\x86emal" "\xc7\x85EMAL"
// CHECK-NEXT:   "\xc7\x85emal" "\xc7\x84EMAL" "\xc7\x86emal" "\xc7\x85EMAL"
// CHECK-NEXT:   "\xc7\x86emal" "\xc7\x86emal"
// CHECK-NEXT: "\xef\xac\x81x"
// CHECK-NEXT:   "\xef\xac\x81X" "\xef\xac\x81x" "\xef\xac\x81X"
// CHECK-NEXT:   "\xef\xac\x81x" "\xef\xac\x81X" "\xef\xac\x81x" "\xef\xac\x81X"
// CHECK-NEXT:   "\xef\xac\x81x" "\xef\xac\x81x"
// CHECK-NEXT: "stra\xc3\x9fe"
// CHECK-NEXT:   "STRA\xc3\x9fE" "stra\xc3\x9fe" "STRA\xc3\x9fE"
// CHECK-NEXT:   "Stra\xc3\x9fe" "STRA\xc3\x9fE" "stra\xc3\x9fe" "STRA\xc3\x9fE"
// CHECK-NEXT:   "stra\xc3\x9fe" "stra\xc3\x9fe"
// CHECK-NEXT: "\xc4\xb0stanbul"
// CHECK-NEXT:   "\xc4\xb0STANBUL" "istanbul" "\xc4\xb0STANBUL"
// CHECK-NEXT:   "\xc4\xb0stanbul" "\xc4\xb0STANBUL" "istanbul" "\xc4\xb0STANBUL"
// CHECK-NEXT:   "\xc4\xb0stanbul" "\xc4\xb0stanbul"
// CHECK-NEXT: "\xce\x91\xce\x92\xce\x93 \xce\xb1\xce\xb2\xce\xb3 \xcf\x83\xcf\x82"
// CHECK-NEXT:   "\xce\x91\xce\x92\xce\x93 \xce\x91\xce\x92\xce\x93 \xce\xa3\xce\xa3" "\xce\xb1\xce\xb2\xce\xb3 \xce\xb1\xce\xb2\xce\xb3 \xcf\x83\xcf\x82" "\xce\x91\xce\x92\xce\x93 \xce\x91\xce\x92\xce\x93 \xce\xa3\xce\xa3"
// CHECK-NEXT:   "\xce\x91\xce\x92\xce\x93 \xce\x91\xce\xb2\xce\xb3 \xce\xa3\xcf\x82" "\xce\x91\xce\x92\xce\x93 \xce\x91\xce\x92\xce\x93 \xce\xa3\xce\xa3" "\xce\xb1\xce\xb2\xce\xb3 \xce\xb1\xce\xb2\xce\xb3 \xcf\x83\xcf\x82" "\xce\x91\xce\x92\xce\x93 \xce\x91\xce\x92\xce\x93 \xce\xa3\xce\xa3"
// CHECK-NEXT:   "\xce\x91\xce\x92\xce\x93 \xce\xb1\xce\xb2\xce\xb3 \xcf\x83\xcf\x82" "\xce\x91\xce\x92\xce\x93 \xce\xb1\xce\xb2\xce\xb3 \xcf\x83\xcf\x82"
// CHECK-NEXT: "\xffabc\xfe"
// CHECK-NEXT:   "\xef\xbf\xbdABC\xef\xbf\xbd" "\xef\xbf\xbdabc\xef\xbf\xbd" "\xef\xbf\xbdABC\xef\xbf\xbd"
// CHECK-NEXT:   "\xef\xbf\xbdabc\xef\xbf\xbd" "\xef\xbf\xbdABC\xef\xbf\xbd" "\xef\xbf\xbdabc\xef\xbf\xbd" "\xef\xbf\xbdABC\xef\xbf\xbd"
// CHECK-NEXT:   "?abc?" "abc"
// CHECK-NEXT: "a\xef\xbf\xbdb"
// CHECK-NEXT:   "A\xef\xbf\xbdB" "a\xef\xbf\xbdb" "A\xef\xbf\xbdB"
// CHECK-NEXT:   "A\xef\xbf\xbdb" "A\xef\xbf\xbdB" "a\xef\xbf\xbdb" "A\xef\xbf\xbdB"
// CHECK-NEXT:   "a\xef\xbf\xbdb" "a\xef\xbf\xbdb"
// CHECK-NEXT: "123 !?"
// CHECK-NEXT:   "123 !?" "123 !?" "123 !?"
// CHECK-NEXT:   "123 !?" "123 !?" "123 !?" "123 !?"
// CHECK-NEXT:   "123 !?" "123 !?"
// CHECK-NEXT: "her royal highness"
// CHECK-NEXT:   "HER ROYAL HIGHNESS" "her royal highness" "HER ROYAL HIGHNESS"
// CHECK-NEXT:   "Her Royal Highness" "HER ROYAL H\xc4\xb0GHNESS" "her royal highness" "HER ROYAL H\xc4\xb0GHNESS"
// CHECK-NEXT:   "her royal highness" "her royal highness"
// CHECK-NEXT: "o'neil is_here 3rd-place"
// CHECK-NEXT:   "O'NEIL IS_HERE 3RD-PLACE" "o'neil is_here 3rd-place" "O'NEIL IS_HERE 3RD-PLACE"
// CHECK-NEXT:   "O'Neil Is_here 3rd-Place" "O'NE\xc4\xb0L \xc4\xb0S_HERE 3RD-PLACE" "o'neil is_here 3rd-place" "O'NE\xc4\xb0L \xc4\xb0S_HERE 3RD-PLACE"
// CHECK-NEXT:   "o'neil is_here 3rd-place" "o'neil is_here 3rd-place"
// CHECK-NEXT: "\xc7\x89ubav"
// CHECK-NEXT:   "\xc7\x87UBAV" "\xc7\x89ubav" "\xc7\x88UBAV"
// CHECK-NEXT:   "\xc7\x88ubav" "\xc7\x87UBAV" "\xc7\x89ubav" "\xc7\x88UBAV"
// CHECK-NEXT:   "\xc7\x89ubav" "\xc7\x89ubav"
// CHECK-NEXT: "\xe2\x93\x90\xe2\x93\x91"
// CHECK-NEXT:   "\xe2\x92\xb6\xe2\x92\xb7" "\xe2\x93\x90\xe2\x93\x91" "\xe2\x92\xb6\xe2\x92\xb7"
// CHECK-NEXT:   "\xe2\x92\xb6\xe2\x93\x91" "\xe2\x92\xb6\xe2\x92\xb7" "\xe2\x93\x90\xe2\x93\x91" "\xe2\x92\xb6\xe2\x92\xb7"
// CHECK-NEXT:   "\xe2\x93\x90\xe2\x93\x91" "\xe2\x93\x90\xe2\x93\x91"
// CHECK-NEXT: "\xc9\x90\xc9\x91"
// CHECK-NEXT:   "\xe2\xb1\xaf\xe2\xb1\xad" "\xc9\x90\xc9\x91" "\xe2\xb1\xaf\xe2\xb1\xad"
// CHECK-NEXT:   "\xe2\xb1\xaf\xc9\x91" "\xe2\xb1\xaf\xe2\xb1\xad" "\xc9\x90\xc9\x91" "\xe2\xb1\xaf\xe2\xb1\xad"
// CHECK-NEXT:   "\xc9\x90\xc9\x91" "\xc9\x90\xc9\x91"
// CHECK-NEXT: "" "" "" ""
// CHECK-NEXT: "abc" "\xe4\xb8\x96c" "abc" "ABC"
// CHECK-NEXT: "xyz" "xyz" "xyz" "XYZ"
// CHECK-NEXT: "bbb" "\xe4\xb8\x96\xe4\xb8\x96\xe4\xb8\x96" "bbb" "BBB"
// CHECK-NEXT: "\xff" "" "\xef\xbf\xbd" "\xef\xbf\xbd"
// CHECK-NEXT: "\xffxyz" "xyz" "\xef\xbf\xbdxyz" "\xef\xbf\xbdXYZ"
// CHECK-NEXT: "a\xc0\x80b" "\xe4\xb8\x96" "a\xef\xbf\xbd\xef\xbf\xbdb" "A\xef\xbf\xbd\xef\xbf\xbdB"
// CHECK-NEXT: "\xef\xbf\xbd" "" "\xef\xbf\xbd" "\xef\xbf\xbd"
// CHECK-NEXT: "a<>b<>c<>"
// CHECK-NEXT: 0 "" "" 0
// CHECK-NEXT: 1 "ab" "" 300
// CHECK-NEXT: 2 "abab" "" 600
// CHECK-NEXT: 3 "ababab" "" 900
// CHECK-NEXT: 7 "ababababababab" "" 2100
// CHECK-NEXT: 0
// CHECK-NEXT: recovered: strings: negative Repeat count
// CHECK-NEXT: recovered: strings: Repeat count causes overflow
// CHECK-NEXT: panic: strings: negative Repeat count
