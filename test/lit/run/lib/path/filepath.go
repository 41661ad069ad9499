// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// path/filepath on Unix: Rel (and its errors), SplitList, ToSlash/FromSlash,
// VolumeName, the separators, Match's own ErrBadPattern, and the lexical
// functions shared with path.

package main

import (
	"path"
	"path/filepath"
)

func main() {
	rels := [][2]string{
		{"a/b", "a/b"}, {"a/b/.", "a/b"}, {"a/b", "a/b/."}, {"./a/b", "a/b"}, {"a/b", "./a/b"},
		{"ab/cd", "ab/cde"}, {"ab/cd", "ab/c"}, {"a/b", "a/b/c/d"}, {"a/b", "a/b/../c"},
		{"a/b/../c", "a/b"}, {"a/b/c", "a/c/d"}, {"a/b", "c/d"}, {"a/b", "a/b/c/d/"},
		{"a/b/", "a/b/c/d"}, {"a/b/", "a/b/c/d/"}, {"../a/b", "../a/b/c/d"}, {"/a/b", "/a/b/c/d"},
		{"/a/b", "/x"}, {"/", "/a/b"}, {".", "a/b"}, {".", ".."}, {"", "a"}, {"a", ""},
		{"/", "a/b"}, {".", "/a/b"}, {"a", "/a"}, {"a/..", "../x"}, {"..", "x"}, {"../..", ".."},
	}
	for _, r := range rels {
		s, err := filepath.Rel(r[0], r[1])
		if err != nil {
			println("rel", "["+r[0]+"]", "["+r[1]+"]", "error:", err.Error())
		} else {
			println("rel", "["+r[0]+"]", "["+r[1]+"]", "->", "["+s+"]")
		}
	}
	for _, l := range []string{"", "a", "a:b", ":a::b:", "/usr/bin:/bin"} {
		parts := filepath.SplitList(l)
		print("splitlist [", l, "] ", len(parts), parts == nil)
		for _, p := range parts {
			print(" [", p, "]")
		}
		println()
	}
	println("slash", filepath.ToSlash("a/b\\c"), filepath.FromSlash("a/b\\c"), "["+filepath.VolumeName("/a/b")+"]")
	println("seps", string(filepath.Separator), string(filepath.ListSeparator))
	println("clean", filepath.Clean("a//b/../c/."), filepath.Join("x", "../y", "z/"), filepath.Base("/a/b.go"),
		filepath.Dir("/a/b.go"), filepath.Ext("/a/b.go"), filepath.IsAbs("/a"), filepath.IsAbs("a"))
	d, f := filepath.Split("dir/file.txt")
	println("split", d, f)
	ok, err := filepath.Match("*.go", "main.go")
	println("match", ok, err == nil)
	ok, err = filepath.Match("[", "x")
	println("bad", ok, err.Error(), err == filepath.ErrBadPattern, err == path.ErrBadPattern)
	_, err = path.Match("[", "x")
	println("path bad", err == path.ErrBadPattern, err == filepath.ErrBadPattern)
}

// CHECK: rel [a/b] [a/b] -> [.]
// CHECK-NEXT: rel [a/b/.] [a/b] -> [.]
// CHECK-NEXT: rel [a/b] [a/b/.] -> [.]
// CHECK-NEXT: rel [./a/b] [a/b] -> [.]
// CHECK-NEXT: rel [a/b] [./a/b] -> [.]
// CHECK-NEXT: rel [ab/cd] [ab/cde] -> [../cde]
// CHECK-NEXT: rel [ab/cd] [ab/c] -> [../c]
// CHECK-NEXT: rel [a/b] [a/b/c/d] -> [c/d]
// CHECK-NEXT: rel [a/b] [a/b/../c] -> [../c]
// CHECK-NEXT: rel [a/b/../c] [a/b] -> [../b]
// CHECK-NEXT: rel [a/b/c] [a/c/d] -> [../../c/d]
// CHECK-NEXT: rel [a/b] [c/d] -> [../../c/d]
// CHECK-NEXT: rel [a/b] [a/b/c/d/] -> [c/d]
// CHECK-NEXT: rel [a/b/] [a/b/c/d] -> [c/d]
// CHECK-NEXT: rel [a/b/] [a/b/c/d/] -> [c/d]
// CHECK-NEXT: rel [../a/b] [../a/b/c/d] -> [c/d]
// CHECK-NEXT: rel [/a/b] [/a/b/c/d] -> [c/d]
// CHECK-NEXT: rel [/a/b] [/x] -> [../../x]
// CHECK-NEXT: rel [/] [/a/b] -> [a/b]
// CHECK-NEXT: rel [.] [a/b] -> [a/b]
// CHECK-NEXT: rel [.] [..] -> [..]
// CHECK-NEXT: rel [] [a] -> [a]
// CHECK-NEXT: rel [a] [] -> [../.]
// CHECK-NEXT: rel [/] [a/b] error: Rel: can't make a/b relative to /
// CHECK-NEXT: rel [.] [/a/b] error: Rel: can't make /a/b relative to .
// CHECK-NEXT: rel [a] [/a] error: Rel: can't make /a relative to a
// CHECK-NEXT: rel [a/..] [../x] -> [../x]
// CHECK-NEXT: rel [..] [x] error: Rel: can't make x relative to ..
// CHECK-NEXT: rel [../..] [..] error: Rel: can't make .. relative to ../..
// CHECK-NEXT: splitlist [] 0false
// CHECK-NEXT: splitlist [a] 1false [a]
// CHECK-NEXT: splitlist [a:b] 2false [a] [b]
// CHECK-NEXT: splitlist [:a::b:] 5false [] [a] [] [b] []
// CHECK-NEXT: splitlist [/usr/bin:/bin] 2false [/usr/bin] [/bin]
// CHECK-NEXT: slash a/b\c a/b\c []
// CHECK-NEXT: seps / :
// CHECK-NEXT: clean a/c y/z b.go /a .go true false
// CHECK-NEXT: split dir/ file.txt
// CHECK-NEXT: match true true
// CHECK-NEXT: bad false syntax error in pattern true false
// CHECK-NEXT: path bad true false
