// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// fmt: flags, widths and precisions, literal and from '*' operands, and
// explicit argument indexes, with their bad-index/width/precision texts.

package main

import "fmt"

func main() {
	ints := []any{0, 7, -7, 255, -255, int64(-1 << 63)}
	flags := []string{"%d", "%5d", "%-5d|", "%05d", "%+05d", "% 5d", "%.3d", "%8.3d", "%-08d|",
		"%x", "%#x", "%#08x", "%# x", "%X", "%#o", "%O", "%#b", "%.0d", "%5.0d|", "%+.3x", "%q", "%#q", "%+q", "%U", "%#U"}
	for _, f := range flags {
		fmt.Print(f, ":")
		for _, n := range ints {
			fmt.Printf(" ["+f+"]", n)
		}
		fmt.Println()
	}
	floats := []any{0.0, 1.0, -1.5, 123456.789, 1e-7, 1e21, float32(0.1)}
	fflags := []string{"%v", "%g", "%e", "%f", "%.2f", "%8.3f", "%-8.2f|", "%08.2f", "%+.1e", "% .3g",
		"%#g", "%#.3g", "%#v", "%x", "%X", "%.3x", "%b", "%G", "%E", "%10.3v", "%#.0f", "%#e"}
	for _, f := range fflags {
		fmt.Print(f, ":")
		for _, x := range floats {
			fmt.Printf(" ["+f+"]", x)
		}
		fmt.Println()
	}
	strs := []any{"", "go", "héllo wörld", "tab\there", "q\"b\\"}
	sflags := []string{"%s", "%8s", "%-8s|", "%08s", "%.3s", "%8.2s", "%q", "%+q", "%#q", "%x", "%X",
		"% x", "%#x", "%# X", "%.2x", "%10x", "%-10x|", "%v", "%#v"}
	for _, f := range sflags {
		fmt.Print(f, ":")
		for _, x := range strs {
			fmt.Printf(" ["+f+"]", x)
		}
		fmt.Println()
	}
	fmt.Printf("[%*d] [%-*d] [%*d] [%.*f] [%*.*f]\n", 5, 1, 5, 2, -5, 3, 2, 3.14159, 8, 3, 2.5)
	fmt.Printf("[%*d] [%.*d]\n", "x", 1, "y", 2)
	fmt.Printf("[%*d]\n", 10000000, 1)
	fmt.Printf("[%.*d]\n", -1, 5)
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%[1]d %[1]x %[1]o %[1]q\n", 65)
	fmt.Printf("%d %d %[1]d %d\n", 1, 2)
	fmt.Printf("%[5]d|%[0]d|%[-1]d|%[x]d|%[1d|%[]d|%[1]\n", 1)
	fmt.Printf("%[2]d %[1]d\n", 1, 2, 3)
	fmt.Printf("%d %d\n", 1, 2, 3, "x", nil, []int{4})
	fmt.Printf("%d\n")
	fmt.Printf("%!|%z|%ä|%-+ #0d|%5%|%")
	fmt.Println()
	fmt.Printf("%.d|%5.d|%.f|%.s|%.|\n", 7, 0, 2.5, "abc", 9)
	fmt.Printf("%99999999999d|\n", 1)
}

// CHECK: %d: [0] [7] [-7] [255] [-255] [-9223372036854775808]
// CHECK-NEXT: %5d: [    0] [    7] [   -7] [  255] [ -255] [-9223372036854775808]
// CHECK-NEXT: %-5d|: [0    |] [7    |] [-7   |] [255  |] [-255 |] [-9223372036854775808|]
// CHECK-NEXT: %05d: [00000] [00007] [-0007] [00255] [-0255] [-9223372036854775808]
// CHECK-NEXT: %+05d: [+0000] [+0007] [-0007] [+0255] [-0255] [-9223372036854775808]
// CHECK-NEXT: % 5d: [    0] [    7] [   -7] [  255] [ -255] [-9223372036854775808]
// CHECK-NEXT: %.3d: [000] [007] [-007] [255] [-255] [-9223372036854775808]
// CHECK-NEXT: %8.3d: [     000] [     007] [    -007] [     255] [    -255] [-9223372036854775808]
// CHECK-NEXT: %-08d|: [0       |] [7       |] [-7      |] [255     |] [-255    |] [-9223372036854775808|]
// CHECK-NEXT: %x: [0] [7] [-7] [ff] [-ff] [-8000000000000000]
// CHECK-NEXT: %#x: [0x0] [0x7] [-0x7] [0xff] [-0xff] [-0x8000000000000000]
// CHECK-NEXT: %#08x: [0x00000000] [0x00000007] [-0x0000007] [0x000000ff] [-0x00000ff] [-0x8000000000000000]
// CHECK-NEXT: %# x: [ 0x0] [ 0x7] [-0x7] [ 0xff] [-0xff] [-0x8000000000000000]
// CHECK-NEXT: %X: [0] [7] [-7] [FF] [-FF] [-8000000000000000]
// CHECK-NEXT: %#o: [0] [07] [-07] [0377] [-0377] [-01000000000000000000000]
// CHECK-NEXT: %O: [0o0] [0o7] [-0o7] [0o377] [-0o377] [-0o1000000000000000000000]
// CHECK-NEXT: %#b: [0b0] [0b111] [-0b111] [0b11111111] [-0b11111111] [-0b1000000000000000000000000000000000000000000000000000000000000000]
// CHECK-NEXT: %.0d: [] [7] [-7] [255] [-255] [-9223372036854775808]
// CHECK-NEXT: %5.0d|: [     |] [    7|] [   -7|] [  255|] [ -255|] [-9223372036854775808|]
// CHECK-NEXT: %+.3x: [+000] [+007] [-007] [+0ff] [-0ff] [-8000000000000000]
// CHECK-NEXT: %q: ['\x00'] ['\a'] ['�'] ['ÿ'] ['�'] ['�']
// CHECK-NEXT: %#q: ['\x00'] ['\a'] ['�'] ['ÿ'] ['�'] ['�']
// CHECK-NEXT: %+q: ['\x00'] ['\a'] ['\ufffd'] ['\u00ff'] ['\ufffd'] ['\ufffd']
// CHECK-NEXT: %U: [U+0000] [U+0007] [U+FFFFFFFFFFFFFFF9] [U+00FF] [U+FFFFFFFFFFFFFF01] [U+8000000000000000]
// CHECK-NEXT: %#U: [U+0000] [U+0007] [U+FFFFFFFFFFFFFFF9] [U+00FF 'ÿ'] [U+FFFFFFFFFFFFFF01] [U+8000000000000000]
// CHECK-NEXT: %v: [0] [1] [-1.5] [123456.789] [1e-07] [1e+21] [0.1]
// CHECK-NEXT: %g: [0] [1] [-1.5] [123456.789] [1e-07] [1e+21] [0.1]
// CHECK-NEXT: %e: [0.000000e+00] [1.000000e+00] [-1.500000e+00] [1.234568e+05] [1.000000e-07] [1.000000e+21] [1.000000e-01]
// CHECK-NEXT: %f: [0.000000] [1.000000] [-1.500000] [123456.789000] [0.000000] [1000000000000000000000.000000] [0.100000]
// CHECK-NEXT: %.2f: [0.00] [1.00] [-1.50] [123456.79] [0.00] [1000000000000000000000.00] [0.10]
// CHECK-NEXT: %8.3f: [   0.000] [   1.000] [  -1.500] [123456.789] [   0.000] [1000000000000000000000.000] [   0.100]
// CHECK-NEXT: %-8.2f|: [0.00    |] [1.00    |] [-1.50   |] [123456.79|] [0.00    |] [1000000000000000000000.00|] [0.10    |]
// CHECK-NEXT: %08.2f: [00000.00] [00001.00] [-0001.50] [123456.79] [00000.00] [1000000000000000000000.00] [00000.10]
// CHECK-NEXT: %+.1e: [+0.0e+00] [+1.0e+00] [-1.5e+00] [+1.2e+05] [+1.0e-07] [+1.0e+21] [+1.0e-01]
// CHECK-NEXT: % .3g: [ 0] [ 1] [-1.5] [ 1.23e+05] [ 1e-07] [ 1e+21] [ 0.1]
// CHECK-NEXT: %#g: [0.00000] [1.00000] [-1.50000] [123456.789] [1.00000e-07] [1.00000e+21] [0.100000]
// CHECK-NEXT: %#.3g: [0.00] [1.00] [-1.50] [1.23e+05] [1.00e-07] [1.00e+21] [0.100]
// CHECK-NEXT: %#v: [0] [1] [-1.5] [123456.789] [1e-07] [1e+21] [0.1]
// CHECK-NEXT: %x: [0x0p+00] [0x1p+00] [-0x1.8p+00] [0x1.e240c9fbe76c9p+16] [0x1.ad7f29abcaf48p-24] [0x1.b1ae4d6e2ef5p+69] [0x1.99999ap-04]
// CHECK-NEXT: %X: [0X0P+00] [0X1P+00] [-0X1.8P+00] [0X1.E240C9FBE76C9P+16] [0X1.AD7F29ABCAF48P-24] [0X1.B1AE4D6E2EF5P+69] [0X1.99999AP-04]
// CHECK-NEXT: %.3x: [0x0.000p+00] [0x1.000p+00] [-0x1.800p+00] [0x1.e24p+16] [0x1.ad8p-24] [0x1.b1bp+69] [0x1.99ap-04]
// CHECK-NEXT: %b: [0p-1074] [4503599627370496p-52] [-6755399441055744p-52] [8483885939586761p-36] [7555786372591432p-76] [7629394531250000p+17] [13421773p-27]
// CHECK-NEXT: %G: [0] [1] [-1.5] [123456.789] [1E-07] [1E+21] [0.1]
// CHECK-NEXT: %E: [0.000000E+00] [1.000000E+00] [-1.500000E+00] [1.234568E+05] [1.000000E-07] [1.000000E+21] [1.000000E-01]
// CHECK-NEXT: %10.3v: [         0] [         1] [      -1.5] [  1.23e+05] [     1e-07] [     1e+21] [       0.1]
// CHECK-NEXT: %#.0f: [0.] [1.] [-2.] [123457.] [0.] [1000000000000000000000.] [0.]
// CHECK-NEXT: %#e: [0.000000e+00] [1.000000e+00] [-1.500000e+00] [1.234568e+05] [1.000000e-07] [1.000000e+21] [1.000000e-01]
// CHECK-NEXT: %s: [] [go] [héllo wörld] [tab	here] [q"b\]
// CHECK-NEXT: %8s: [        ] [      go] [héllo wörld] [tab	here] [    q"b\]
// CHECK-NEXT: %-8s|: [        |] [go      |] [héllo wörld|] [tab	here|] [q"b\    |]
// CHECK-NEXT: %08s: [00000000] [000000go] [héllo wörld] [tab	here] [0000q"b\]
// CHECK-NEXT: %.3s: [] [go] [hél] [tab] [q"b]
// CHECK-NEXT: %8.2s: [        ] [      go] [      hé] [      ta] [      q"]
// CHECK-NEXT: %q: [""] ["go"] ["héllo wörld"] ["tab\there"] ["q\"b\\"]
// CHECK-NEXT: %+q: [""] ["go"] ["h\u00e9llo w\u00f6rld"] ["tab\there"] ["q\"b\\"]
// CHECK-NEXT: %#q: [``] [`go`] [`héllo wörld`] [`tab	here`] [`q"b\`]
// CHECK-NEXT: %x: [] [676f] [68c3a96c6c6f2077c3b6726c64] [7461620968657265] [7122625c]
// CHECK-NEXT: %X: [] [676F] [68C3A96C6C6F2077C3B6726C64] [7461620968657265] [7122625C]
// CHECK-NEXT: % x: [] [67 6f] [68 c3 a9 6c 6c 6f 20 77 c3 b6 72 6c 64] [74 61 62 09 68 65 72 65] [71 22 62 5c]
// CHECK-NEXT: %#x: [] [0x676f] [0x68c3a96c6c6f2077c3b6726c64] [0x7461620968657265] [0x7122625c]
// CHECK-NEXT: %# X: [] [0X67 0X6F] [0X68 0XC3 0XA9 0X6C 0X6C 0X6F 0X20 0X77 0XC3 0XB6 0X72 0X6C 0X64] [0X74 0X61 0X62 0X09 0X68 0X65 0X72 0X65] [0X71 0X22 0X62 0X5C]
// CHECK-NEXT: %.2x: [] [676f] [68c3] [7461] [7122]
// CHECK-NEXT: %10x: [          ] [      676f] [68c3a96c6c6f2077c3b6726c64] [7461620968657265] [  7122625c]
// CHECK-NEXT: %-10x|: [          |] [676f      |] [68c3a96c6c6f2077c3b6726c64|] [7461620968657265|] [7122625c  |]
// CHECK-NEXT: %v: [] [go] [héllo wörld] [tab	here] [q"b\]
// CHECK-NEXT: %#v: [""] ["go"] ["héllo wörld"] ["tab\there"] ["q\"b\\"]
// CHECK-NEXT: [    1] [2    ] [3    ] [3.14] [   2.500]
// CHECK-NEXT: [%!(BADWIDTH)1] [%!(BADPREC)2]
// CHECK-NEXT: [%!(BADWIDTH)1]
// CHECK-NEXT: [%!(BADPREC)5]
// CHECK-NEXT: 2 1 2
// CHECK-NEXT:  12.00|
// CHECK-NEXT: 65 41 101 'A'
// CHECK-NEXT: 1 2 1 2
// CHECK-NEXT: %!d(BADINDEX)|%!d(BADINDEX)|%!d(BADINDEX)|%!d(BADINDEX)|%!d(BADINDEX)|%!
// CHECK-NEXT: (int=1)2 1
// CHECK-NEXT: 1 2
// CHECK-NEXT: %!(EXTRA int=3, string=x, <nil>, []int=[4])%!d(MISSING)
// CHECK-NEXT: %!!(MISSING)|%!z(MISSING)|%!ä(MISSING)|%!d(MISSING)|%|%!(NOVERB)
// CHECK-NEXT: 7|     |2||%!|(int=9)
// CHECK-NEXT: %!(NOVERB)%!(EXTRA int=1)
