// RUN: not %golite build %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Characters outside the Go grammar.
// CHECK: {{.*}}lex_invalid_char.go:10:9: invalid character U+0040 '@'
// CHECK: {{.*}}lex_invalid_char.go:10:11: syntax error: unexpected literal 2 at end of statement
// CHECK: {{.*}}lex_invalid_char.go:11:7: invalid character U+0024 '$'
// CHECK: {{.*}}lex_invalid_char.go:12:1: syntax error: unexpected }, expecting expression
package main

func main() {
	x := 1 @ 2
	y := $
}
