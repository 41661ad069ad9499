// RUN: rm -rf %t.dir && mkdir -p %t.dir && %golite build -o %t %s && %run %t %t.dir 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// path/filepath on a real tree: Walk (with FileInfo), WalkDir, SkipDir from
// a directory and from a file, Glob, EvalSymlinks and Abs.

package main

import (
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	os.Chdir(os.Args[1])
	os.MkdirAll("t/b/deep", 0755)
	os.MkdirAll("t/a", 0755)
	os.MkdirAll("t/skip/inner", 0755)
	for _, n := range []string{"t/z.txt", "t/a/1.go", "t/a/2.txt", "t/a/3.go", "t/b/deep/x.go", "t/skip/s.go", "t/m.go"} {
		os.WriteFile(n, []byte(n), 0644)
	}
	os.Symlink("a", "t/link")
	err := filepath.Walk("t", func(p string, info fs.FileInfo, err error) error {
		if err != nil {
			println("err", p, err.Error())
			return err
		}
		println(p, info.Name(), info.IsDir(), info.Mode().String())
		if info.Name() == "skip" || p == "t/a/2.txt" {
			return filepath.SkipDir
		}
		return nil
	})
	println("walk:", err == nil)
	err = filepath.WalkDir("t", func(p string, d fs.DirEntry, err error) error {
		println(p, d.Name(), d.IsDir(), d.Type().String())
		if d.Name() == "b" {
			return filepath.SkipDir
		}
		return nil
	})
	println("walkdir:", err == nil)
	err = filepath.Walk("nope", func(p string, info fs.FileInfo, err error) error {
		println("visit", p, info == nil, err.Error())
		return nil
	})
	println(err == nil)

	for _, pat := range []string{"t/*.go", "t/*/*.go", "t/[ab]/*", "t/?.txt", "t/nomatch*", "t/z.txt", "t/none", "t/[", "*/a"} {
		m, err := filepath.Glob(pat)
		print(pat, " ", len(m))
		for _, s := range m {
			print(" ", s)
		}
		if err != nil {
			print(" ", err.Error())
		}
		println()
	}
	for _, p := range []string{"t/link", "t/link/1.go", "t/./b/../link/../m.go", "t/link/..", "t/missing", "t/z.txt/x", "."} {
		r, err := filepath.EvalSymlinks(p)
		if err != nil {
			println(p, "error:", err.Error())
		} else {
			println(p, "->", r)
		}
	}
	wd, _ := os.Getwd()
	abs, err := filepath.Abs("t/../t/a")
	println(abs == wd+"/t/a", err == nil)
	abs, _ = filepath.Abs("/x/../y/")
	println(abs)
}

// CHECK: t t true drwxr-xr-x
// CHECK-NEXT: t/a a true drwxr-xr-x
// CHECK-NEXT: t/a/1.go 1.go false -rw-r--r--
// CHECK-NEXT: t/a/2.txt 2.txt false -rw-r--r--
// CHECK-NEXT: t/b b true drwxr-xr-x
// CHECK-NEXT: t/b/deep deep true drwxr-xr-x
// CHECK-NEXT: t/b/deep/x.go x.go false -rw-r--r--
// CHECK-NEXT: t/link link false Lrwxrwxrwx
// CHECK-NEXT: t/m.go m.go false -rw-r--r--
// CHECK-NEXT: t/skip skip true drwxr-xr-x
// CHECK-NEXT: t/z.txt z.txt false -rw-r--r--
// CHECK-NEXT: walk: true
// CHECK-NEXT: t t true d---------
// CHECK-NEXT: t/a a true d---------
// CHECK-NEXT: t/a/1.go 1.go false ----------
// CHECK-NEXT: t/a/2.txt 2.txt false ----------
// CHECK-NEXT: t/a/3.go 3.go false ----------
// CHECK-NEXT: t/b b true d---------
// CHECK-NEXT: t/link link false L---------
// CHECK-NEXT: t/m.go m.go false ----------
// CHECK-NEXT: t/skip skip true d---------
// CHECK-NEXT: t/skip/inner inner true d---------
// CHECK-NEXT: t/skip/s.go s.go false ----------
// CHECK-NEXT: t/z.txt z.txt false ----------
// CHECK-NEXT: walkdir: true
// CHECK-NEXT: visit nope true lstat nope: no such file or directory
// CHECK-NEXT: true
// CHECK-NEXT: t/*.go 1 t/m.go
// CHECK-NEXT: t/*/*.go 5 t/a/1.go t/a/3.go t/link/1.go t/link/3.go t/skip/s.go
// CHECK-NEXT: t/[ab]/* 4 t/a/1.go t/a/2.txt t/a/3.go t/b/deep
// CHECK-NEXT: t/?.txt 1 t/z.txt
// CHECK-NEXT: t/nomatch* 0
// CHECK-NEXT: t/z.txt 1 t/z.txt
// CHECK-NEXT: t/none 0
// CHECK-NEXT: t/[ 0 syntax error in pattern
// CHECK-NEXT: */a 1 t/a
// CHECK-NEXT: t/link -> t/a
// CHECK-NEXT: t/link/1.go -> t/a/1.go
// CHECK-NEXT: t/./b/../link/../m.go -> t/m.go
// CHECK-NEXT: t/link/.. -> t
// CHECK-NEXT: t/missing error: lstat t/missing: no such file or directory
// CHECK-NEXT: t/z.txt/x error: not a directory
// CHECK-NEXT: . -> .
// CHECK-NEXT: true true
// CHECK-NEXT: /y
