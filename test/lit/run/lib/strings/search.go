// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// strings searching: Index*, LastIndex*, Count, Contains*, HasPrefix/Suffix,
// Cut, Compare, EqualFold, with empty strings and invalid UTF-8.

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

var hay = []string{"", "a", "abc", "abcabc", "aaaa", "héllo wörld", "\xffa\xfe€", "xx\xef\xbf\xbdyy",
	"chicken kitchen", "go gopher gogo", "日本語日本語", "abababababababababababababababababababababababababababababababababababababababc"}
var needles = []string{"", "a", "b", "abc", "aa", "ö", "€", "\xff", "\xef\xbf\xbd", "ken", "go", "本語", "ababc", "z"}

func main() {
	for _, h := range hay {
		println("hay", q(h))
		for _, n := range needles {
			println(" ", q(n), strings.Index(h, n), strings.LastIndex(h, n), strings.Count(h, n),
				strings.Contains(h, n), strings.HasPrefix(h, n), strings.HasSuffix(h, n),
				strings.IndexAny(h, n), strings.LastIndexAny(h, n), strings.ContainsAny(h, n))
		}
		for _, r := range []rune{'a', 'c', 'ö', '本', 0xFFFD, -1, 0x110000, 0xD800} {
			print(" ", strings.IndexRune(h, r), strings.ContainsRune(h, r))
		}
		println()
		for _, c := range []byte{'a', 'b', 0xff, 0xbd} {
			print(" ", strings.IndexByte(h, c), strings.LastIndexByte(h, c))
		}
		println()
		before, after, found := strings.Cut(h, "b")
		println(" cut", q(before), q(after), found)
	}
	pairs := [][2]string{{"", ""}, {"a", ""}, {"", "a"}, {"a", "b"}, {"b", "a"}, {"ab", "abc"},
		{"Go", "GO"}, {"σ", "Σ"}, {"ς", "Σ"}, {"k", "\u212A"}, {"K", "\u212a"}, {"ß", "ẞ"},
		{"İ", "i"}, {"straße", "STRASSE"}, {"Hello, 世界", "hELLO, 世界"}, {"\xff", "\xfe"},
		{"\xff", "\uFFFD"}, {"abc", "ab"}, {"ǅ", "ǆ"}, {"ǅ", "Ǆ"}}
	for _, p := range pairs {
		println(q(p[0]), q(p[1]), strings.Compare(p[0], p[1]), strings.EqualFold(p[0], p[1]))
	}
	isVowel := func(r rune) bool { return strings.ContainsRune("aeiouöé", r) }
	isBad := func(r rune) bool { return r == 0xFFFD }
	for _, h := range hay {
		println(q(h), strings.IndexFunc(h, isVowel), strings.LastIndexFunc(h, isVowel),
			strings.IndexFunc(h, isBad), strings.LastIndexFunc(h, isBad))
	}
}

// CHECK: hay ""
// CHECK-NEXT:   "" 0 0 1 true true true -1 -1 false
// CHECK-NEXT:   "a" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "b" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "abc" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "aa" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xc3\xb6" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xe2\x82\xac" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xff" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xef\xbf\xbd" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "ken" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "go" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xe6\x9c\xac\xe8\xaa\x9e" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "ababc" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "z" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:  -1false -1false -1false -1false -1false -1false -1false -1false
// CHECK-NEXT:  -1-1 -1-1 -1-1 -1-1
// CHECK-NEXT:  cut "" "" false
// CHECK-NEXT: hay "a"
// CHECK-NEXT:   "" 0 1 2 true true true -1 -1 false
// CHECK-NEXT:   "a" 0 0 1 true true true 0 0 true
// CHECK-NEXT:   "b" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "abc" -1 -1 0 false false false 0 0 true
// CHECK-NEXT:   "aa" -1 -1 0 false false false 0 0 true
// CHECK-NEXT:   "\xc3\xb6" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xe2\x82\xac" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xff" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xef\xbf\xbd" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "ken" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "go" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xe6\x9c\xac\xe8\xaa\x9e" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "ababc" -1 -1 0 false false false 0 0 true
// CHECK-NEXT:   "z" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:  0true -1false -1false -1false -1false -1false -1false -1false
// CHECK-NEXT:  00 -1-1 -1-1 -1-1
// CHECK-NEXT:  cut "a" "" false
// CHECK-NEXT: hay "abc"
// CHECK-NEXT:   "" 0 3 4 true true true -1 -1 false
// CHECK-NEXT:   "a" 0 0 1 true true false 0 0 true
// CHECK-NEXT:   "b" 1 1 1 true false false 1 1 true
// CHECK-NEXT:   "abc" 0 0 1 true true true 0 2 true
// CHECK-NEXT:   "aa" -1 -1 0 false false false 0 0 true
// CHECK-NEXT:   "\xc3\xb6" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xe2\x82\xac" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xff" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xef\xbf\xbd" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "ken" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "go" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xe6\x9c\xac\xe8\xaa\x9e" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "ababc" -1 -1 0 false false false 0 2 true
// CHECK-NEXT:   "z" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:  0true 2true -1false -1false -1false -1false -1false -1false
// CHECK-NEXT:  00 11 -1-1 -1-1
// CHECK-NEXT:  cut "a" "c" true
// CHECK-NEXT: hay "abcabc"
// CHECK-NEXT:   "" 0 6 7 true true true -1 -1 false
// CHECK-NEXT:   "a" 0 3 2 true true false 0 3 true
// CHECK-NEXT:   "b" 1 4 2 true false false 1 4 true
// CHECK-NEXT:   "abc" 0 3 2 true true true 0 5 true
// CHECK-NEXT:   "aa" -1 -1 0 false false false 0 3 true
// CHECK-NEXT:   "\xc3\xb6" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xe2\x82\xac" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xff" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xef\xbf\xbd" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "ken" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "go" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xe6\x9c\xac\xe8\xaa\x9e" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "ababc" -1 -1 0 false false false 0 5 true
// CHECK-NEXT:   "z" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:  0true 2true -1false -1false -1false -1false -1false -1false
// CHECK-NEXT:  03 14 -1-1 -1-1
// CHECK-NEXT:  cut "a" "cabc" true
// CHECK-NEXT: hay "aaaa"
// CHECK-NEXT:   "" 0 4 5 true true true -1 -1 false
// CHECK-NEXT:   "a" 0 3 4 true true true 0 3 true
// CHECK-NEXT:   "b" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "abc" -1 -1 0 false false false 0 3 true
// CHECK-NEXT:   "aa" 0 2 2 true true true 0 3 true
// CHECK-NEXT:   "\xc3\xb6" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xe2\x82\xac" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xff" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xef\xbf\xbd" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "ken" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "go" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xe6\x9c\xac\xe8\xaa\x9e" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "ababc" -1 -1 0 false false false 0 3 true
// CHECK-NEXT:   "z" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:  0true -1false -1false -1false -1false -1false -1false -1false
// CHECK-NEXT:  03 -1-1 -1-1 -1-1
// CHECK-NEXT:  cut "aaaa" "" false
// CHECK-NEXT: hay "h\xc3\xa9llo w\xc3\xb6rld"
// CHECK-NEXT:   "" 0 13 12 true true true -1 -1 false
// CHECK-NEXT:   "a" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "b" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "abc" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "aa" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xc3\xb6" 8 8 1 true false false 8 8 true
// CHECK-NEXT:   "\xe2\x82\xac" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xff" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xef\xbf\xbd" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "ken" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "go" -1 -1 0 false false false 5 5 true
// CHECK-NEXT:   "\xe6\x9c\xac\xe8\xaa\x9e" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "ababc" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "z" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:  -1false -1false 8true -1false -1false -1false -1false -1false
// CHECK-NEXT:  -1-1 -1-1 -1-1 -1-1
// CHECK-NEXT:  cut "h\xc3\xa9llo w\xc3\xb6rld" "" false
// CHECK-NEXT: hay "\xffa\xfe\xe2\x82\xac"
// CHECK-NEXT:   "" 0 6 5 true true true -1 -1 false
// CHECK-NEXT:   "a" 1 1 1 true false false 1 1 true
// CHECK-NEXT:   "b" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "abc" -1 -1 0 false false false 1 1 true
// CHECK-NEXT:   "aa" -1 -1 0 false false false 1 1 true
// CHECK-NEXT:   "\xc3\xb6" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xe2\x82\xac" 3 3 1 true false true 3 3 true
// CHECK-NEXT:   "\xff" 0 0 1 true true false 0 2 true
// CHECK-NEXT:   "\xef\xbf\xbd" -1 -1 0 false false false 0 2 true
// CHECK-NEXT:   "ken" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "go" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xe6\x9c\xac\xe8\xaa\x9e" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "ababc" -1 -1 0 false false false 1 1 true
// CHECK-NEXT:   "z" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:  1true -1false -1false -1false 0true -1false -1false -1false
// CHECK-NEXT:  11 -1-1 00 -1-1
// CHECK-NEXT:  cut "\xffa\xfe\xe2\x82\xac" "" false
// CHECK-NEXT: hay "xx\xef\xbf\xbdyy"
// CHECK-NEXT:   "" 0 7 6 true true true -1 -1 false
// CHECK-NEXT:   "a" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "b" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "abc" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "aa" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xc3\xb6" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xe2\x82\xac" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xff" -1 -1 0 false false false 2 2 true
// CHECK-NEXT:   "\xef\xbf\xbd" 2 2 1 true false false 2 2 true
// CHECK-NEXT:   "ken" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "go" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xe6\x9c\xac\xe8\xaa\x9e" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "ababc" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "z" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:  -1false -1false -1false -1false 2true -1false -1false -1false
// CHECK-NEXT:  -1-1 -1-1 -1-1 44
// CHECK-NEXT:  cut "xx\xef\xbf\xbdyy" "" false
// CHECK-NEXT: hay "chicken kitchen"
// CHECK-NEXT:   "" 0 15 16 true true true -1 -1 false
// CHECK-NEXT:   "a" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "b" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "abc" -1 -1 0 false false false 0 11 true
// CHECK-NEXT:   "aa" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xc3\xb6" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xe2\x82\xac" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xff" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xef\xbf\xbd" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "ken" 4 4 1 true false false 4 14 true
// CHECK-NEXT:   "go" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xe6\x9c\xac\xe8\xaa\x9e" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "ababc" -1 -1 0 false false false 0 11 true
// CHECK-NEXT:   "z" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:  -1false 0true -1false -1false -1false -1false -1false -1false
// CHECK-NEXT:  -1-1 -1-1 -1-1 -1-1
// CHECK-NEXT:  cut "chicken kitchen" "" false
// CHECK-NEXT: hay "go gopher gogo"
// CHECK-NEXT:   "" 0 14 15 true true true -1 -1 false
// CHECK-NEXT:   "a" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "b" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "abc" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "aa" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xc3\xb6" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xe2\x82\xac" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xff" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xef\xbf\xbd" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "ken" -1 -1 0 false false false 7 7 true
// CHECK-NEXT:   "go" 0 12 4 true true true 0 13 true
// CHECK-NEXT:   "\xe6\x9c\xac\xe8\xaa\x9e" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "ababc" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "z" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:  -1false -1false -1false -1false -1false -1false -1false -1false
// CHECK-NEXT:  -1-1 -1-1 -1-1 -1-1
// CHECK-NEXT:  cut "go gopher gogo" "" false
// CHECK-NEXT: hay "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"
// CHECK-NEXT:   "" 0 18 7 true true true -1 -1 false
// CHECK-NEXT:   "a" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "b" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "abc" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "aa" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xc3\xb6" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xe2\x82\xac" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xff" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xef\xbf\xbd" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "ken" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "go" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xe6\x9c\xac\xe8\xaa\x9e" 3 12 2 true false true 3 15 true
// CHECK-NEXT:   "ababc" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "z" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:  -1false -1false -1false 3true -1false -1false -1false -1false
// CHECK-NEXT:  -1-1 -1-1 -1-1 -1-1
// CHECK-NEXT:  cut "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e" "" false
// CHECK-NEXT: hay "abababababababababababababababababababababababababababababababababababababababc"
// CHECK-NEXT:   "" 0 79 80 true true true -1 -1 false
// CHECK-NEXT:   "a" 0 76 39 true true false 0 76 true
// CHECK-NEXT:   "b" 1 77 39 true false false 1 77 true
// CHECK-NEXT:   "abc" 76 76 1 true false true 0 78 true
// CHECK-NEXT:   "aa" -1 -1 0 false false false 0 76 true
// CHECK-NEXT:   "\xc3\xb6" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xe2\x82\xac" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xff" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xef\xbf\xbd" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "ken" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "go" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "\xe6\x9c\xac\xe8\xaa\x9e" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:   "ababc" 74 74 1 true false true 0 78 true
// CHECK-NEXT:   "z" -1 -1 0 false false false -1 -1 false
// CHECK-NEXT:  0true 78true -1false -1false -1false -1false -1false -1false
// CHECK-NEXT:  076 177 -1-1 -1-1
// CHECK-NEXT:  cut "a" "ababababababababababababababababababababababababababababababababababababababc" true
// CHECK-NEXT: "" "" 0 true
// CHECK-NEXT: "a" "" 1 false
// CHECK-NEXT: "" "a" -1 false
// CHECK-NEXT: "a" "b" -1 false
// CHECK-NEXT: "b" "a" 1 false
// CHECK-NEXT: "ab" "abc" -1 false
// CHECK-NEXT: "Go" "GO" 1 true
// CHECK-NEXT: "\xcf\x83" "\xce\xa3" 1 true
// CHECK-NEXT: "\xcf\x82" "\xce\xa3" 1 true
// CHECK-NEXT: "k" "\xe2\x84\xaa" -1 true
// CHECK-NEXT: "K" "\xe2\x84\xaa" -1 true
// CHECK-NEXT: "\xc3\x9f" "\xe1\xba\x9e" -1 true
// CHECK-NEXT: "\xc4\xb0" "i" 1 false
// CHECK-NEXT: "stra\xc3\x9fe" "STRASSE" 1 false
// CHECK-NEXT: "Hello, \xe4\xb8\x96\xe7\x95\x8c" "hELLO, \xe4\xb8\x96\xe7\x95\x8c" -1 true
// CHECK-NEXT: "\xff" "\xfe" 1 true
// CHECK-NEXT: "\xff" "\xef\xbf\xbd" 1 true
// CHECK-NEXT: "abc" "ab" 1 false
// CHECK-NEXT: "\xc7\x85" "\xc7\x86" -1 true
// CHECK-NEXT: "\xc7\x85" "\xc7\x84" 1 true
// CHECK-NEXT: "" -1 -1 -1 -1
// CHECK-NEXT: "a" 0 0 -1 -1
// CHECK-NEXT: "abc" 0 0 -1 -1
// CHECK-NEXT: "abcabc" 0 3 -1 -1
// CHECK-NEXT: "aaaa" 0 3 -1 -1
// CHECK-NEXT: "h\xc3\xa9llo w\xc3\xb6rld" 1 8 -1 -1
// CHECK-NEXT: "\xffa\xfe\xe2\x82\xac" 1 1 0 2
// CHECK-NEXT: "xx\xef\xbf\xbdyy" -1 -1 2 2
// CHECK-NEXT: "chicken kitchen" 2 13 -1 -1
// CHECK-NEXT: "go gopher gogo" 1 13 -1 -1
// CHECK-NEXT: "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e" -1 -1 -1 -1
// CHECK-NEXT: "abababababababababababababababababababababababababababababababababababababababc" 0 76 -1 -1
