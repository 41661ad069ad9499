// RUN: rm -rf %t.dir && mkdir -p %t.dir && %golite build -o %t %s && %run %t %t.dir 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// io/fs over os.DirFS: WalkDir order and SkipDir, ReadDir, ReadFile, Stat,
// Glob, Sub, FileInfoToDirEntry, ValidPath errors, and FileMode strings.

package main

import (
	"errors"
	"io/fs"
	"os"
)

func main() {
	os.Chdir(os.Args[1])
	os.MkdirAll("root/b/deep", 0755)
	os.MkdirAll("root/a", 0755)
	os.MkdirAll("root/skip/inner", 0755)
	for _, n := range []string{"root/z.txt", "root/a/1.go", "root/a/2.txt", "root/b/deep/x.go", "root/skip/s.go", "root/skip/inner/t.go", "root/m.go"} {
		os.WriteFile(n, []byte(n), 0644)
	}
	fsys := os.DirFS("root")
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			println("err", p, err.Error())
			return err
		}
		println(p, d.Name(), d.IsDir(), d.Type().String())
		if d.Name() == "skip" {
			return fs.SkipDir
		}
		if p == "b/deep/x.go" {
			return fs.SkipDir // skips the rest of b/deep
		}
		return nil
	})
	println("walk:", err == nil)
	err = fs.WalkDir(fsys, "missing", func(p string, d fs.DirEntry, err error) error {
		println("visit", p, d == nil, err.Error())
		return err
	})
	println(err.Error())
	stop := errors.New("stop")
	err = fs.WalkDir(fsys, "a", func(p string, d fs.DirEntry, err error) error {
		println("visit", p)
		if p == "a/1.go" {
			return stop
		}
		return nil
	})
	println(err == stop)

	list, err := fs.ReadDir(fsys, "a")
	for _, e := range list {
		println(e.Name(), e.IsDir())
	}
	data, err := fs.ReadFile(fsys, "a/2.txt")
	println(string(data), err == nil)
	info, err := fs.Stat(fsys, "b")
	println(info.Name(), info.IsDir(), info.Mode().String())
	_, err = fs.Stat(fsys, "../x")
	println(err.Error(), errors.Is(err, fs.ErrInvalid))
	_, err = fsys.Open("/abs")
	println(err.Error())
	_, err = fsys.Open("nope")
	println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))

	m, err := fs.Glob(fsys, "*/*.go")
	println(len(m), err == nil)
	for _, s := range m {
		println(" ", s)
	}
	m, err = fs.Glob(fsys, "[")
	println(len(m), err.Error())

	sub, err := fs.Sub(fsys, "b")
	data, err = fs.ReadFile(sub, "deep/x.go")
	println(string(data), err == nil)
	_, err = fs.Sub(fsys, "/x")
	println(err.Error())

	de := fs.FileInfoToDirEntry(info)
	println(de.Name(), de.IsDir(), de.Type().String(), fs.FileInfoToDirEntry(nil) == nil)
	fi, _ := de.Info()
	println(fi == info)
}

// CHECK: . . true d---------
// CHECK-NEXT: a a true d---------
// CHECK-NEXT: a/1.go 1.go false ----------
// CHECK-NEXT: a/2.txt 2.txt false ----------
// CHECK-NEXT: b b true d---------
// CHECK-NEXT: b/deep deep true d---------
// CHECK-NEXT: b/deep/x.go x.go false ----------
// CHECK-NEXT: m.go m.go false ----------
// CHECK-NEXT: skip skip true d---------
// CHECK-NEXT: z.txt z.txt false ----------
// CHECK-NEXT: walk: true
// CHECK-NEXT: visit missing true stat root/missing: no such file or directory
// CHECK-NEXT: stat root/missing: no such file or directory
// CHECK-NEXT: visit a
// CHECK-NEXT: visit a/1.go
// CHECK-NEXT: true
// CHECK-NEXT: 1.go false
// CHECK-NEXT: 2.txt false
// CHECK-NEXT: root/a/2.txt true
// CHECK-NEXT: b true drwxr-xr-x
// CHECK-NEXT: stat ../x: invalid argument true
// CHECK-NEXT: stat /abs: invalid argument
// CHECK-NEXT: true true
// CHECK-NEXT: 2 true
// CHECK-NEXT:   a/1.go
// CHECK-NEXT:   skip/s.go
// CHECK-NEXT: 0 syntax error in pattern
// CHECK-NEXT: root/b/deep/x.go true
// CHECK-NEXT: sub /x: invalid name
// CHECK-NEXT: b true d--------- true
// CHECK-NEXT: true
