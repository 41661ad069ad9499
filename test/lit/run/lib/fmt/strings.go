// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// fmt: string and byte-slice verbs (%s %q %x %X %v %#v) with width,
// precision (in runes) and flags, including non-ASCII and invalid UTF-8.

package main

import "fmt"

func main() {
	strs := []string{"", "a", "hello", "héllo, 世界", "tab\there", "quote\"back`", "\x7f~", "\u2028"}
	verbs := []string{"%s", "%q", "%+q", "%#q", "%x", "%X", "% x", "%#x", "% #X", "%v", "%#v", "%8s", "%-8s|",
		"%.3s", "%8.2s", "%-8.4q|", "%.2x", "%10x", "%-12X|", "%010s", "%-010s|", "%.0s"}
	for _, s := range strs {
		for _, v := range verbs {
			fmt.Printf("["+v+"]", s)
		}
		fmt.Println()
	}
	bs := [][]byte{nil, {}, []byte("hi"), []byte("ab\ncd"), {0xe4, 0xb8, 0x96, 0x21}}
	for _, b := range bs {
		for _, v := range verbs {
			fmt.Printf("["+v+"]", b)
		}
		fmt.Println()
	}
	type Bytes []byte
	type Str string
	fmt.Printf("%s|%q|%x|%v|%#v\n", Bytes("xy"), Bytes("xy"), Bytes("xy"), Bytes("xy"), Bytes("xy"))
	fmt.Printf("%s|%q|%x|%v|%#v\n", Str("xy"), Str("xy"), Str("xy"), Str("xy"), Str("xy"))
	arr := [3]byte{'a', 'b', 'c'}
	fmt.Printf("%s|%q|%x|%X|%v|%d|%#v\n", arr, arr, arr, arr, arr, arr, arr)
	fmt.Printf("%s|%x|%v\n", &arr, &arr, &arr)
	fmt.Printf("%s|%q|%x\n", []string{"a", "b c"}, []string{"x", "y"}, []string{"hi", "yo"})
	fmt.Printf("%5s|%-5s|%q\n", []string{"a", "b"}, [2]string{"c", "d"}, map[string]string{"k": "v"})
	fmt.Printf("%s %d\n", []any{"a", 1, nil}, []any{1, "b"})
	fmt.Println("a", "b", []byte("c"), "d")
	fmt.Printf("%q|%+q|%x|%.1q|%#q\n", "\x00\xff", "\xff日", "\xff", "日本", "\xff")
	fmt.Printf("%c%c%c\n", 'G', 'o', '!')
	fmt.Printf("%t %t %5t|%-6t| %v %s\n", true, false, true, false, true, true)
}

// CHECK: [][""][""][``][][][][][][][""][        ][        |][][        ][""      |][][          ][            |][0000000000][          |][]
// CHECK-NEXT: [a]["a"]["a"][`a`][61][61][61][0x61][0X61][a]["a"][       a][a       |][a][       a]["a"     |][61][        61][61          |][000000000a][a         |][]
// CHECK-NEXT: [hello]["hello"]["hello"][`hello`][68656c6c6f][68656C6C6F][68 65 6c 6c 6f][0x68656c6c6f][0X68 0X65 0X6C 0X6C 0X6F][hello]["hello"][   hello][hello   |][hel][      he]["hell"  |][6865][68656c6c6f][68656C6C6F  |][00000hello][hello     |][]
// CHECK-NEXT: [héllo, 世界]["héllo, 世界"]["h\u00e9llo, \u4e16\u754c"][`héllo, 世界`][68c3a96c6c6f2c20e4b896e7958c][68C3A96C6C6F2C20E4B896E7958C][68 c3 a9 6c 6c 6f 2c 20 e4 b8 96 e7 95 8c][0x68c3a96c6c6f2c20e4b896e7958c][0X68 0XC3 0XA9 0X6C 0X6C 0X6F 0X2C 0X20 0XE4 0XB8 0X96 0XE7 0X95 0X8C][héllo, 世界]["héllo, 世界"][héllo, 世界][héllo, 世界|][hél][      hé]["héll"  |][68c3][68c3a96c6c6f2c20e4b896e7958c][68C3A96C6C6F2C20E4B896E7958C|][0héllo, 世界][héllo, 世界 |][]
// CHECK-NEXT: [tab	here]["tab\there"]["tab\there"][`tab	here`][7461620968657265][7461620968657265][74 61 62 09 68 65 72 65][0x7461620968657265][0X74 0X61 0X62 0X09 0X68 0X65 0X72 0X65][tab	here]["tab\there"][tab	here][tab	here|][tab][      ta]["tab\t" |][7461][7461620968657265][7461620968657265|][00tab	here][tab	here  |][]
// CHECK-NEXT: [quote"back`]["quote\"back`"]["quote\"back`"]["quote\"back`"][71756f7465226261636b60][71756F7465226261636B60][71 75 6f 74 65 22 62 61 63 6b 60][0x71756f7465226261636b60][0X71 0X75 0X6F 0X74 0X65 0X22 0X62 0X61 0X63 0X6B 0X60][quote"back`]["quote\"back`"][quote"back`][quote"back`|][quo][      qu]["quot"  |][7175][71756f7465226261636b60][71756F7465226261636B60|][quote"back`][quote"back`|][]
// CHECK-NEXT: [~]["\x7f~"]["\x7f~"]["\x7f~"][7f7e][7F7E][7f 7e][0x7f7e][0X7F 0X7E][~]["\x7f~"][      ~][~      |][~][      ~]["\x7f~" |][7f7e][      7f7e][7F7E        |][00000000~][~        |][]
// CHECK-NEXT: [ ]["\u2028"]["\u2028"][` `][e280a8][E280A8][e2 80 a8][0xe280a8][0XE2 0X80 0XA8][ ]["\u2028"][        ][        |][ ][        ]["\u2028"|][e280][    e280a8][E280A8      |][000000000 ][          |][]
// CHECK-NEXT: [][""][""][``][][][][][]{{\[\[}}]]{{\[\[}}]byte(nil)][        ][        |][][        ][""      |][][          ][            |][0000000000][          |][]
// CHECK-NEXT: [][""][""][``][][][][][]{{\[\[}}]]{{\[\[}}]byte{}][        ][        |][][        ][""      |][][          ][            |][0000000000][          |][]
// CHECK-NEXT: [hi]["hi"]["hi"][`hi`][6869][6869][68 69][0x6869][0X68 0X69]{{\[\[}}104 105]]{{\[\[}}]byte{0x68, 0x69}][      hi][hi      |][hi][      hi]["hi"    |][6869][      6869][6869        |][00000000hi][hi        |][]
// CHECK-NEXT: [ab
// CHECK-NEXT: cd]["ab\ncd"]["ab\ncd"]["ab\ncd"][61620a6364][61620A6364][61 62 0a 63 64][0x61620a6364][0X61 0X62 0X0A 0X63 0X64]{{\[\[}}97 98 10 99 100]]{{\[\[}}]byte{0x61, 0x62, 0xa, 0x63, 0x64}][   ab
// CHECK-NEXT: cd][ab
// CHECK-NEXT: cd   |][ab
// CHECK-NEXT: ][      ab]["ab\nc" |][6162][61620a6364][61620A6364  |][00000ab
// CHECK-NEXT: cd][ab
// CHECK-NEXT: cd     |][]
// CHECK-NEXT: [世!]["世!"]["\u4e16!"][`世!`][e4b89621][E4B89621][e4 b8 96 21][0xe4b89621][0XE4 0XB8 0X96 0X21]{{\[\[}}228 184 150 33]]{{\[\[}}]byte{0xe4, 0xb8, 0x96, 0x21}][      世!][世!      |][世!][      世!]["世!"    |][e4b8][  e4b89621][E4B89621    |][00000000世!][世!        |][]
// CHECK-NEXT: xy|"xy"|7879|[120 121]|main.Bytes{0x78, 0x79}
// CHECK-NEXT: xy|"xy"|7879|xy|"xy"
// CHECK-NEXT: abc|"abc"|616263|616263|[97 98 99]|[97 98 99]|[3]uint8{0x61, 0x62, 0x63}
// CHECK-NEXT: &abc|&616263|&[97 98 99]
// CHECK-NEXT: [a b c]|["x" "y"]|[6869 796f]
// CHECK-NEXT: [    a     b]|[c     d    ]|map["k":"v"]
// CHECK-NEXT: [a %!s(int=1) <nil>] [1 %!d(string=b)]
// CHECK-NEXT: a b [99] d
// CHECK-NEXT: "\x00\xff"|"\xff\u65e5"|ff|"日"|"\xff"
// CHECK-NEXT: Go!
// CHECK-NEXT: true false  true|false | true %!s(bool=true)
