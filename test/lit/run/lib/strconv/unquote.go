// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// strconv: Unquote, QuotedPrefix and UnquoteChar on every escape form,
// raw strings (carriage returns dropped), rune literals and the syntax
// errors.

package main

import "strconv"

func errText(err error) string {
	if err == nil {
		return "nil"
	}
	return err.Error()
}

func main() {
	qs := []string{`"abc"`, `'a'`, "`a\rb`", "`abc`", `"\x41\u00e9\U0001F600\101\n\t\\\""`, `'\''`,
		`'\"'`, `"\'"`, `'ab'`, `''`, `"`, `"abc`, `"a"b`, `x`, `"\400"`, `"\xZZ"`, `"\uD800"`,
		`'\xff'`, "\"a\nb\"", `"\q"`, `'☺'`, "'\xff'", "\"\xff\"", `"\a\b\f\r\v"`, `"\0"`, `"\07"`,
		"`a`b", `'\u263a'`, `'\U0010ffff'`, `'\U00110000'`}
	for _, q := range qs {
		u, err := strconv.Unquote(q)
		p, err2 := strconv.QuotedPrefix(q + "tail")
		println(strconv.Quote(q), strconv.Quote(u), errText(err), strconv.Quote(p), errText(err2))
	}
	for _, s := range []string{`\x41rest`, `\u263a`, `\'`, `\"`, `'`, `"`, `\z`, `\`, `\377`, `\400`, `é!`, `\U0001F600`, `\ud800`} {
		for _, q := range []byte{0, '\'', '"'} {
			v, mb, tail, err := strconv.UnquoteChar(s, q)
			println(strconv.Quote(s), q, v, mb, strconv.Quote(tail), errText(err))
		}
	}
}

// CHECK: "\"abc\"" "abc" nil "\"abc\"" nil
// CHECK-NEXT: "'a'" "a" nil "'a'" nil
// CHECK-NEXT: "`a\rb`" "ab" nil "`a\rb`" nil
// CHECK-NEXT: "`abc`" "abc" nil "`abc`" nil
// CHECK-NEXT: "\"\\x41\\u00e9\\U0001F600\\101\\n\\t\\\\\\\"\"" "Aé😀A\n\t\\\"" nil "\"\\x41\\u00e9\\U0001F600\\101\\n\\t\\\\\\\"\"" nil
// CHECK-NEXT: "'\\''" "'" nil "'\\''" nil
// CHECK-NEXT: "'\\\"'" "" invalid syntax "" invalid syntax
// CHECK-NEXT: "\"\\'\"" "" invalid syntax "" invalid syntax
// CHECK-NEXT: "'ab'" "" invalid syntax "" invalid syntax
// CHECK-NEXT: "''" "" nil "''" nil
// CHECK-NEXT: "\"" "" invalid syntax "" invalid syntax
// CHECK-NEXT: "\"abc" "" invalid syntax "" invalid syntax
// CHECK-NEXT: "\"a\"b" "" invalid syntax "\"a\"" nil
// CHECK-NEXT: "x" "" invalid syntax "" invalid syntax
// CHECK-NEXT: "\"\\400\"" "" invalid syntax "" invalid syntax
// CHECK-NEXT: "\"\\xZZ\"" "" invalid syntax "" invalid syntax
// CHECK-NEXT: "\"\\uD800\"" "" invalid syntax "" invalid syntax
// CHECK-NEXT: "'\\xff'" "\xff" nil "'\\xff'" nil
// CHECK-NEXT: "\"a\nb\"" "" invalid syntax "" invalid syntax
// CHECK-NEXT: "\"\\q\"" "" invalid syntax "" invalid syntax
// CHECK-NEXT: "'☺'" "☺" nil "'☺'" nil
// CHECK-NEXT: "'\xff'" "�" nil "'\xff'" nil
// CHECK-NEXT: "\"\xff\"" "�" nil "\"\xff\"" nil
// CHECK-NEXT: "\"\\a\\b\\f\\r\\v\"" "\a\b\f\r\v" nil "\"\\a\\b\\f\\r\\v\"" nil
// CHECK-NEXT: "\"\\0\"" "" invalid syntax "" invalid syntax
// CHECK-NEXT: "\"\\07\"" "" invalid syntax "" invalid syntax
// CHECK-NEXT: "`a`b" "" invalid syntax "`a`" nil
// CHECK-NEXT: "'\\u263a'" "☺" nil "'\\u263a'" nil
// CHECK-NEXT: "'\\U0010ffff'" "\U0010ffff" nil "'\\U0010ffff'" nil
// CHECK-NEXT: "'\\U00110000'" "" invalid syntax "" invalid syntax
// CHECK-NEXT: "\\x41rest" 0 65 false "rest" nil
// CHECK-NEXT: "\\x41rest" 39 65 false "rest" nil
// CHECK-NEXT: "\\x41rest" 34 65 false "rest" nil
// CHECK-NEXT: "\\u263a" 0 9786 true "" nil
// CHECK-NEXT: "\\u263a" 39 9786 true "" nil
// CHECK-NEXT: "\\u263a" 34 9786 true "" nil
// CHECK-NEXT: "\\'" 0 0 false "" invalid syntax
// CHECK-NEXT: "\\'" 39 39 false "" nil
// CHECK-NEXT: "\\'" 34 0 false "" invalid syntax
// CHECK-NEXT: "\\\"" 0 0 false "" invalid syntax
// CHECK-NEXT: "\\\"" 39 0 false "" invalid syntax
// CHECK-NEXT: "\\\"" 34 34 false "" nil
// CHECK-NEXT: "'" 0 39 false "" nil
// CHECK-NEXT: "'" 39 0 false "" invalid syntax
// CHECK-NEXT: "'" 34 39 false "" nil
// CHECK-NEXT: "\"" 0 34 false "" nil
// CHECK-NEXT: "\"" 39 34 false "" nil
// CHECK-NEXT: "\"" 34 0 false "" invalid syntax
// CHECK-NEXT: "\\z" 0 0 false "" invalid syntax
// CHECK-NEXT: "\\z" 39 0 false "" invalid syntax
// CHECK-NEXT: "\\z" 34 0 false "" invalid syntax
// CHECK-NEXT: "\\" 0 0 false "" invalid syntax
// CHECK-NEXT: "\\" 39 0 false "" invalid syntax
// CHECK-NEXT: "\\" 34 0 false "" invalid syntax
// CHECK-NEXT: "\\377" 0 255 false "" nil
// CHECK-NEXT: "\\377" 39 255 false "" nil
// CHECK-NEXT: "\\377" 34 255 false "" nil
// CHECK-NEXT: "\\400" 0 0 false "" invalid syntax
// CHECK-NEXT: "\\400" 39 0 false "" invalid syntax
// CHECK-NEXT: "\\400" 34 0 false "" invalid syntax
// CHECK-NEXT: "é!" 0 233 true "!" nil
// CHECK-NEXT: "é!" 39 233 true "!" nil
// CHECK-NEXT: "é!" 34 233 true "!" nil
// CHECK-NEXT: "\\U0001F600" 0 128512 true "" nil
// CHECK-NEXT: "\\U0001F600" 39 128512 true "" nil
// CHECK-NEXT: "\\U0001F600" 34 128512 true "" nil
// CHECK-NEXT: "\\ud800" 0 0 false "" invalid syntax
// CHECK-NEXT: "\\ud800" 39 0 false "" invalid syntax
// CHECK-NEXT: "\\ud800" 34 0 false "" invalid syntax
