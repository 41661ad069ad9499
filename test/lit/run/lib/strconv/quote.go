// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// strconv: Quote, QuoteToASCII, QuoteToGraphic, QuoteRune* and their Append
// forms on control characters, quotes, invalid UTF-8, non-printable and
// non-ASCII runes, and CanBackquote.

package main

import "strconv"

func main() {
	strs := []string{"", "hello", "a\"b'c\\d", "tab\there\nnl\r\a\b\f\v\x00\x1f\x7f",
		"héllo wörld ☺", "\xff\xfe bad \xc3", "\u00ad\u200b\ufeff\U0001F600\U000E0001",
		"\u2028\u00a0\u3000 \U0010FFFF", "`raw`", "日本語", "\xed\xa0\x80", "\xf4\x90\x80\x80"}
	for _, s := range strs {
		println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
		println(" ", string(strconv.AppendQuote([]byte("<"), s)), string(strconv.AppendQuoteToASCII(nil, s)),
			string(strconv.AppendQuoteToGraphic(nil, s)))
		u, err := strconv.Unquote(strconv.Quote(s))
		u2, err2 := strconv.Unquote(strconv.QuoteToASCII(s))
		println(" ", u == s, err == nil, u2 == s, err2 == nil)
	}
	runes := []rune{0, 'a', '\'', '"', '\\', '\n', 0x7f, 0xa0, 0xad, 0xe9, 0x2028, 0x3000,
		0xfeff, 0xd800, 0x10ffff, 0x110000, -1, 0x1F600, 0xE0001, 0x10000}
	for _, r := range runes {
		println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r))
		println(" ", string(strconv.AppendQuoteRune(nil, r)), string(strconv.AppendQuoteRuneToASCII([]byte("r"), r)),
			string(strconv.AppendQuoteRuneToGraphic(nil, r)))
	}
	for _, s := range []string{"abc", "a\tb", "a\nb", "a`b", "\x7f", "\ufeff", "☺", "\xff", "\u2028"} {
		println(strconv.CanBackquote(s))
	}
}

// CHECK: "" "" "" true
// CHECK-NEXT:   <"" "" ""
// CHECK-NEXT:   true true true true
// CHECK-NEXT: "hello" "hello" "hello" true
// CHECK-NEXT:   <"hello" "hello" "hello"
// CHECK-NEXT:   true true true true
// CHECK-NEXT: "a\"b'c\\d" "a\"b'c\\d" "a\"b'c\\d" true
// CHECK-NEXT:   <"a\"b'c\\d" "a\"b'c\\d" "a\"b'c\\d"
// CHECK-NEXT:   true true true true
// CHECK-NEXT: "tab\there\nnl\r\a\b\f\v\x00\x1f\x7f" "tab\there\nnl\r\a\b\f\v\x00\x1f\x7f" "tab\there\nnl\r\a\b\f\v\x00\x1f\x7f" false
// CHECK-NEXT:   <"tab\there\nnl\r\a\b\f\v\x00\x1f\x7f" "tab\there\nnl\r\a\b\f\v\x00\x1f\x7f" "tab\there\nnl\r\a\b\f\v\x00\x1f\x7f"
// CHECK-NEXT:   true true true true
// CHECK-NEXT: "héllo wörld ☺" "h\u00e9llo w\u00f6rld \u263a" "héllo wörld ☺" true
// CHECK-NEXT:   <"héllo wörld ☺" "h\u00e9llo w\u00f6rld \u263a" "héllo wörld ☺"
// CHECK-NEXT:   true true true true
// CHECK-NEXT: "\xff\xfe bad \xc3" "\xff\xfe bad \xc3" "\xff\xfe bad \xc3" false
// CHECK-NEXT:   <"\xff\xfe bad \xc3" "\xff\xfe bad \xc3" "\xff\xfe bad \xc3"
// CHECK-NEXT:   true true true true
// CHECK-NEXT: "\u00ad\u200b\ufeff😀\U000e0001" "\u00ad\u200b\ufeff\U0001f600\U000e0001" "\u00ad\u200b\ufeff😀\U000e0001" false
// CHECK-NEXT:   <"\u00ad\u200b\ufeff😀\U000e0001" "\u00ad\u200b\ufeff\U0001f600\U000e0001" "\u00ad\u200b\ufeff😀\U000e0001"
// CHECK-NEXT:   true true true true
// CHECK-NEXT: "\u2028\u00a0\u3000 \U0010ffff" "\u2028\u00a0\u3000 \U0010ffff" "\u2028 　 \U0010ffff" true
// CHECK-NEXT:   <"\u2028\u00a0\u3000 \U0010ffff" "\u2028\u00a0\u3000 \U0010ffff" "\u2028 　 \U0010ffff"
// CHECK-NEXT:   true true true true
// CHECK-NEXT: "`raw`" "`raw`" "`raw`" false
// CHECK-NEXT:   <"`raw`" "`raw`" "`raw`"
// CHECK-NEXT:   true true true true
// CHECK-NEXT: "日本語" "\u65e5\u672c\u8a9e" "日本語" true
// CHECK-NEXT:   <"日本語" "\u65e5\u672c\u8a9e" "日本語"
// CHECK-NEXT:   true true true true
// CHECK-NEXT: "\xed\xa0\x80" "\xed\xa0\x80" "\xed\xa0\x80" false
// CHECK-NEXT:   <"\xed\xa0\x80" "\xed\xa0\x80" "\xed\xa0\x80"
// CHECK-NEXT:   true true true true
// CHECK-NEXT: "\xf4\x90\x80\x80" "\xf4\x90\x80\x80" "\xf4\x90\x80\x80" false
// CHECK-NEXT:   <"\xf4\x90\x80\x80" "\xf4\x90\x80\x80" "\xf4\x90\x80\x80"
// CHECK-NEXT:   true true true true
// CHECK-NEXT: '\x00' '\x00' '\x00'
// CHECK-NEXT:   '\x00' r'\x00' '\x00'
// CHECK-NEXT: 'a' 'a' 'a'
// CHECK-NEXT:   'a' r'a' 'a'
// CHECK-NEXT: '\'' '\'' '\''
// CHECK-NEXT:   '\'' r'\'' '\''
// CHECK-NEXT: '"' '"' '"'
// CHECK-NEXT:   '"' r'"' '"'
// CHECK-NEXT: '\\' '\\' '\\'
// CHECK-NEXT:   '\\' r'\\' '\\'
// CHECK-NEXT: '\n' '\n' '\n'
// CHECK-NEXT:   '\n' r'\n' '\n'
// CHECK-NEXT: '\x7f' '\x7f' '\x7f'
// CHECK-NEXT:   '\x7f' r'\x7f' '\x7f'
// CHECK-NEXT: '\u00a0' '\u00a0' ' '
// CHECK-NEXT:   '\u00a0' r'\u00a0' ' '
// CHECK-NEXT: '\u00ad' '\u00ad' '\u00ad'
// CHECK-NEXT:   '\u00ad' r'\u00ad' '\u00ad'
// CHECK-NEXT: 'é' '\u00e9' 'é'
// CHECK-NEXT:   'é' r'\u00e9' 'é'
// CHECK-NEXT: '\u2028' '\u2028' '\u2028'
// CHECK-NEXT:   '\u2028' r'\u2028' '\u2028'
// CHECK-NEXT: '\u3000' '\u3000' '　'
// CHECK-NEXT:   '\u3000' r'\u3000' '　'
// CHECK-NEXT: '\ufeff' '\ufeff' '\ufeff'
// CHECK-NEXT:   '\ufeff' r'\ufeff' '\ufeff'
// CHECK-NEXT: '�' '\ufffd' '�'
// CHECK-NEXT:   '�' r'\ufffd' '�'
// CHECK-NEXT: '\U0010ffff' '\U0010ffff' '\U0010ffff'
// CHECK-NEXT:   '\U0010ffff' r'\U0010ffff' '\U0010ffff'
// CHECK-NEXT: '�' '\ufffd' '�'
// CHECK-NEXT:   '�' r'\ufffd' '�'
// CHECK-NEXT: '�' '\ufffd' '�'
// CHECK-NEXT:   '�' r'\ufffd' '�'
// CHECK-NEXT: '😀' '\U0001f600' '😀'
// CHECK-NEXT:   '😀' r'\U0001f600' '😀'
// CHECK-NEXT: '\U000e0001' '\U000e0001' '\U000e0001'
// CHECK-NEXT:   '\U000e0001' r'\U000e0001' '\U000e0001'
// CHECK-NEXT: '𐀀' '\U00010000' '𐀀'
// CHECK-NEXT:   '𐀀' r'\U00010000' '𐀀'
// CHECK-NEXT: true
// CHECK-NEXT: true
// CHECK-NEXT: false
// CHECK-NEXT: false
// CHECK-NEXT: false
// CHECK-NEXT: false
// CHECK-NEXT: true
// CHECK-NEXT: false
// CHECK-NEXT: true
