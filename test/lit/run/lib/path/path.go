// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// path: Clean, Join, Split, Base, Dir, Ext, IsAbs on edge cases, and Match
// with stars, classes, escapes and malformed patterns.

package main

import "path"

func main() {
	for _, p := range []string{"", ".", "..", "/", "//", "abc", "abc/", "a//b", "a/./b", "a/../b",
		"/../a", "../../a/..", "a/b/../../..", "/a/b/../../..", "./", "a/b/c/./../d/", "abc/def/ghi/..//..",
		"x/../../y", "/.", "///a///", "a/..", "..a/b/..c", "./a/./././b/"} {
		println("clean", "["+p+"]", "->", "["+path.Clean(p)+"]")
	}
	println("join", path.Join(), "|", path.Join("", ""), "|", path.Join("a", "b", "c"), "|",
		path.Join("a", "", "/b/"), "|", path.Join("", "/x"), "|", path.Join("a/", "../../b"))
	for _, p := range []string{"", "a", "/a", "a/b/", "a/b/c.go", "/", "a//b"} {
		d, f := path.Split(p)
		println("split", "["+p+"]", "["+d+"]", "["+f+"]", "base", path.Base(p), "dir", path.Dir(p),
			"ext", "["+path.Ext(p)+"]", path.IsAbs(p))
	}
	println("base", path.Base("///"), path.Base("a/b//"), "ext", path.Ext("a.b/c"), path.Ext("x.tar.gz"), path.Ext("a/.rc"))
	pats := [][2]string{
		{"abc", "abc"}, {"*", "abc"}, {"*c", "abc"}, {"a*", "a"}, {"a*", "abc"}, {"a*", "ab/c"},
		{"a*/b", "abc/b"}, {"a*/b", "a/c/b"}, {"a*b*c*d*e*/f", "axbxcxdxe/f"},
		{"a*b*c*d*e*/f", "axbxcxdxexxx/f"}, {"a*b*c*d*e*/f", "axbxcxdxe/xxx/f"},
		{"a*b?c*x", "abxbbxdbxebxczzx"}, {"a*b?c*x", "abxbbxdbxebxczzy"},
		{"ab[c]", "abc"}, {"ab[b-d]", "abc"}, {"ab[e-g]", "abc"}, {"ab[^c]", "abc"}, {"ab[^b-d]", "abc"},
		{"ab[^e-g]", "abc"}, {"a\\*b", "a*b"}, {"a\\*b", "ab"}, {"a?b", "a☺b"}, {"a[^a]b", "a☺b"},
		{"a???b", "a☺b"}, {"a[^a][^a][^a]b", "a☺b"}, {"[a-ζ]*", "α"}, {"*[a-ζ]", "A"},
		{"a?b", "a/b"}, {"a*b", "a/b"}, {"[\\]a]", "]"}, {"[\\-]", "-"}, {"[x\\-]", "x"},
		{"[x\\-]", "-"}, {"[x\\-]", "z"}, {"[\\-x]", "x"}, {"[\\-x]", "-"}, {"[\\-x]", "a"},
		{"[]a]", "]"}, {"[-]", "-"}, {"[x-]", "x"}, {"[x-]", "-"}, {"[x-]", "z"}, {"[-x]", "x"},
		{"[-x]", "-"}, {"[-x]", "a"}, {"\\", "a"}, {"[a-b-c]", "a"}, {"[", "a"}, {"[^", "a"},
		{"[^bc", "a"}, {"a[", "a"}, {"a[", "ab"}, {"a[", "x"}, {"a/b[", "x"}, {"*x", "xxx"},
		{"a*", "xx"}, {"a*[", "xx"},
	}
	for _, pn := range pats {
		ok, err := path.Match(pn[0], pn[1])
		e := "<nil>"
		if err != nil {
			e = err.Error()
			if err != path.ErrBadPattern {
				e = "other"
			}
		}
		println("match", pn[0], pn[1], ok, e)
	}
}

// CHECK: clean [] -> [.]
// CHECK-NEXT: clean [.] -> [.]
// CHECK-NEXT: clean [..] -> [..]
// CHECK-NEXT: clean [/] -> [/]
// CHECK-NEXT: clean [//] -> [/]
// CHECK-NEXT: clean [abc] -> [abc]
// CHECK-NEXT: clean [abc/] -> [abc]
// CHECK-NEXT: clean [a//b] -> [a/b]
// CHECK-NEXT: clean [a/./b] -> [a/b]
// CHECK-NEXT: clean [a/../b] -> [b]
// CHECK-NEXT: clean [/../a] -> [/a]
// CHECK-NEXT: clean [../../a/..] -> [../..]
// CHECK-NEXT: clean [a/b/../../..] -> [..]
// CHECK-NEXT: clean [/a/b/../../..] -> [/]
// CHECK-NEXT: clean [./] -> [.]
// CHECK-NEXT: clean [a/b/c/./../d/] -> [a/b/d]
// CHECK-NEXT: clean [abc/def/ghi/..//..] -> [abc]
// CHECK-NEXT: clean [x/../../y] -> [../y]
// CHECK-NEXT: clean [/.] -> [/]
// CHECK-NEXT: clean [///a///] -> [/a]
// CHECK-NEXT: clean [a/..] -> [.]
// CHECK-NEXT: clean [..a/b/..c] -> [..a/b/..c]
// CHECK-NEXT: clean [./a/./././b/] -> [a/b]
// CHECK-NEXT: join  |  | a/b/c | a/b | /x | ../b
// CHECK-NEXT: split [] [] [] base . dir . ext [] false
// CHECK-NEXT: split [a] [] [a] base a dir . ext [] false
// CHECK-NEXT: split [/a] [/] [a] base a dir / ext [] true
// CHECK-NEXT: split [a/b/] [a/b/] [] base b dir a/b ext [] false
// CHECK-NEXT: split [a/b/c.go] [a/b/] [c.go] base c.go dir a/b ext [.go] false
// CHECK-NEXT: split [/] [/] [] base / dir / ext [] true
// CHECK-NEXT: split [a//b] [a//] [b] base b dir a ext [] false
// CHECK-NEXT: base / b ext  .gz .rc
// CHECK-NEXT: match abc abc true <nil>
// CHECK-NEXT: match * abc true <nil>
// CHECK-NEXT: match *c abc true <nil>
// CHECK-NEXT: match a* a true <nil>
// CHECK-NEXT: match a* abc true <nil>
// CHECK-NEXT: match a* ab/c false <nil>
// CHECK-NEXT: match a*/b abc/b true <nil>
// CHECK-NEXT: match a*/b a/c/b false <nil>
// CHECK-NEXT: match a*b*c*d*e*/f axbxcxdxe/f true <nil>
// CHECK-NEXT: match a*b*c*d*e*/f axbxcxdxexxx/f true <nil>
// CHECK-NEXT: match a*b*c*d*e*/f axbxcxdxe/xxx/f false <nil>
// CHECK-NEXT: match a*b?c*x abxbbxdbxebxczzx true <nil>
// CHECK-NEXT: match a*b?c*x abxbbxdbxebxczzy false <nil>
// CHECK-NEXT: match ab[c] abc true <nil>
// CHECK-NEXT: match ab[b-d] abc true <nil>
// CHECK-NEXT: match ab[e-g] abc false <nil>
// CHECK-NEXT: match ab[^c] abc false <nil>
// CHECK-NEXT: match ab[^b-d] abc false <nil>
// CHECK-NEXT: match ab[^e-g] abc true <nil>
// CHECK-NEXT: match a\*b a*b true <nil>
// CHECK-NEXT: match a\*b ab false <nil>
// CHECK-NEXT: match a?b a☺b true <nil>
// CHECK-NEXT: match a[^a]b a☺b true <nil>
// CHECK-NEXT: match a???b a☺b false <nil>
// CHECK-NEXT: match a[^a][^a][^a]b a☺b false <nil>
// CHECK-NEXT: match [a-ζ]* α true <nil>
// CHECK-NEXT: match *[a-ζ] A false <nil>
// CHECK-NEXT: match a?b a/b false <nil>
// CHECK-NEXT: match a*b a/b false <nil>
// CHECK-NEXT: match [\]a] ] true <nil>
// CHECK-NEXT: match [\-] - true <nil>
// CHECK-NEXT: match [x\-] x true <nil>
// CHECK-NEXT: match [x\-] - true <nil>
// CHECK-NEXT: match [x\-] z false <nil>
// CHECK-NEXT: match [\-x] x true <nil>
// CHECK-NEXT: match [\-x] - true <nil>
// CHECK-NEXT: match [\-x] a false <nil>
// CHECK-NEXT: match []a] ] false syntax error in pattern
// CHECK-NEXT: match [-] - false syntax error in pattern
// CHECK-NEXT: match [x-] x false syntax error in pattern
// CHECK-NEXT: match [x-] - false syntax error in pattern
// CHECK-NEXT: match [x-] z false syntax error in pattern
// CHECK-NEXT: match [-x] x false syntax error in pattern
// CHECK-NEXT: match [-x] - false syntax error in pattern
// CHECK-NEXT: match [-x] a false syntax error in pattern
// CHECK-NEXT: match \ a false syntax error in pattern
// CHECK-NEXT: match [a-b-c] a false syntax error in pattern
// CHECK-NEXT: match [ a false syntax error in pattern
// CHECK-NEXT: match [^ a false syntax error in pattern
// CHECK-NEXT: match [^bc a false syntax error in pattern
// CHECK-NEXT: match a[ a false syntax error in pattern
// CHECK-NEXT: match a[ ab false syntax error in pattern
// CHECK-NEXT: match a[ x false syntax error in pattern
// CHECK-NEXT: match a/b[ x false syntax error in pattern
// CHECK-NEXT: match *x xxx true <nil>
// CHECK-NEXT: match a* xx false <nil>
// CHECK-NEXT: match a*[ xx false syntax error in pattern
