// RUN: rm -rf %t.dir && mkdir -p %t.dir && %golite build -o %t %s && %run %t %t.dir 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// Directories and names: Mkdir, MkdirAll, ReadDir (sorted), Readdirnames,
// Rename, Remove, RemoveAll, Symlink, Lstat, Readlink, temp files, Getwd.

package main

import (
	"io"
	"os"
)

func check(err error) {
	if err != nil {
		println("error:", err.Error())
	}
}

func main() {
	check(os.Chdir(os.Args[1]))
	check(os.Mkdir("d", 0755))
	check(os.Mkdir("d", 0755))
	check(os.MkdirAll("d/e/f/g", 0700))
	check(os.MkdirAll("d/e/f/g", 0700))
	check(os.MkdirAll("d/e/f/g/", 0700))
	for _, n := range []string{"zeta", "alpha", "Mid", "beta"} {
		check(os.WriteFile("d/"+n, []byte(n), 0644))
	}
	check(os.MkdirAll("d/zeta/x", 0755))
	list, err := os.ReadDir("d")
	check(err)
	for _, e := range list {
		println(e.Name(), e.IsDir(), e.Type().String())
		info, err := e.Info()
		check(err)
		if !info.IsDir() {
			println(" ", info.Name(), info.Size(), info.Mode().String())
		} else {
			println(" ", info.Name(), info.Mode().String())
		}
	}
	d, _ := os.Open("d")
	names, err := d.Readdirnames(-1)
	println(len(names), err == nil)
	names, err = d.Readdirnames(1)
	println(len(names), err == io.EOF)
	d.Close()
	d, _ = os.Open("d")
	infos, err := d.Readdir(0)
	println(len(infos), err == nil)
	d.Close()

	check(os.Remove("d"))
	check(os.Remove("d/nope"))
	check(os.Remove("d/alpha"))
	check(os.Rename("d/beta", "d/gamma"))
	check(os.Rename("d/beta", "d/delta"))
	check(os.Rename("d/gamma", "d/e"))
	_, err = os.Stat("d/gamma")
	println(err == nil)
	info, err := os.Stat("d/e/")
	check(err)
	println(info.Name(), info.IsDir(), info.Mode().String())
	_, err = os.Stat("d/nope")
	check(err)
	_, err = os.Lstat("d/nope")
	check(err)

	check(os.Symlink("gamma", "d/link"))
	info, _ = os.Lstat("d/link")
	println(info.Mode().String(), info.Mode()&os.ModeSymlink != 0)
	target, err := os.Readlink("d/link")
	println(target, err == nil)
	info, _ = os.Stat("d/link")
	println(info.Mode().String(), info.Size())
	a, _ := os.Stat("d/gamma")
	println(os.SameFile(a, info))

	check(os.RemoveAll("d"))
	check(os.RemoveAll("d"))
	check(os.RemoveAll("x/."))
	_, err = os.Stat("d")
	println(os.IsNotExist(err))

	check(os.WriteFile("file", nil, 0644))
	check(os.MkdirAll("file/sub", 0755))
	check(os.Mkdir("file/sub", 0755))

	dir, err := os.MkdirTemp(".", "tmp-*-dir")
	check(err)
	println(len(dir) > len("./tmp--dir"), dir[:6], dir[len(dir)-4:])
	f, err := os.CreateTemp(dir, "pre")
	check(err)
	info, _ = f.Stat()
	println(info.Mode().String(), len(info.Name()) > 3, info.Name()[:3])
	f.Close()
	_, err = os.CreateTemp("", "a/b")
	check(err)
	_, err = os.MkdirTemp("", "a/*")
	check(err)
	_, err = os.MkdirTemp("nonexistent", "x")
	println(os.IsNotExist(err))

	wd, err := os.Getwd()
	check(err)
	check(os.Chdir(dir))
	wd2, _ := os.Getwd()
	println(wd2 == wd+dir[1:])
	check(os.Chdir("missing"))
}

// CHECK: error: mkdir d: file exists
// CHECK-NEXT: error: mkdir d/zeta: not a directory
// CHECK-NEXT: Mid false ----------
// CHECK-NEXT:   Mid 3 -rw-r--r--
// CHECK-NEXT: alpha false ----------
// CHECK-NEXT:   alpha 5 -rw-r--r--
// CHECK-NEXT: beta false ----------
// CHECK-NEXT:   beta 4 -rw-r--r--
// CHECK-NEXT: e true d---------
// CHECK-NEXT:   e drwx------
// CHECK-NEXT: zeta false ----------
// CHECK-NEXT:   zeta 4 -rw-r--r--
// CHECK-NEXT: 5 true
// CHECK-NEXT: 0 true
// CHECK-NEXT: 5 true
// CHECK-NEXT: error: remove d: directory not empty
// CHECK-NEXT: error: remove d/nope: no such file or directory
// CHECK-NEXT: error: rename d/beta d/delta: no such file or directory
// CHECK-NEXT: error: rename d/gamma d/e: file exists
// CHECK-NEXT: true
// CHECK-NEXT: e true drwx------
// CHECK-NEXT: error: stat d/nope: no such file or directory
// CHECK-NEXT: error: lstat d/nope: no such file or directory
// CHECK-NEXT: Lrwxrwxrwx true
// CHECK-NEXT: gamma true
// CHECK-NEXT: -rw-r--r-- 4
// CHECK-NEXT: true
// CHECK-NEXT: error: RemoveAll x/.: invalid argument
// CHECK-NEXT: true
// CHECK-NEXT: error: mkdir file: not a directory
// CHECK-NEXT: error: mkdir file/sub: not a directory
// CHECK-NEXT: true ./tmp- -dir
// CHECK-NEXT: -rw------- true pre
// CHECK-NEXT: error: createtemp a/b: pattern contains path separator
// CHECK-NEXT: error: mkdirtemp a/*: pattern contains path separator
// CHECK-NEXT: true
// CHECK-NEXT: true
// CHECK-NEXT: error: chdir missing: no such file or directory
