// RUN: rm -rf %t.dir && mkdir -p %t.dir && %golite build -o %t %s && %run %t %t.dir 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// os.File: Create, Write, Seek, Read, ReadAt, WriteAt, Stat, Truncate,
// Close and the errors of closed and nil files, in a fresh directory.

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
	f, err := os.Create("a.txt")
	check(err)
	println(f.Name())
	n, err := f.WriteString("hello, world\n")
	println(n, err == nil)
	n, err = f.Write([]byte("second line\n"))
	println(n, err == nil)
	pos, err := f.Seek(0, io.SeekStart)
	println(pos, err == nil)
	buf := make([]byte, 5)
	n, err = f.Read(buf)
	println(n, string(buf[:n]), err == nil)
	pos, _ = f.Seek(-4, io.SeekEnd)
	println(pos)
	n, err = f.Read(buf)
	println(n, string(buf[:n]))
	n, err = f.Read(buf)
	println(n, err == io.EOF)
	n, err = f.ReadAt(buf, 7)
	println(n, string(buf[:n]), err == nil)
	n, err = f.ReadAt(buf, 22)
	println(n, string(buf[:n]), err == io.EOF)
	_, err = f.ReadAt(buf, -1)
	check(err)
	n, err = f.WriteAt([]byte("HELLO"), 0)
	println(n, err == nil)
	info, err := f.Stat()
	check(err)
	println(info.Name(), info.Size(), info.IsDir(), info.Mode().IsRegular())
	check(f.Truncate(5))
	check(f.Sync())
	check(f.Chmod(0640))
	info, _ = f.Stat()
	println(info.Size(), info.Mode().String())
	check(f.Close())
	check(f.Close())
	_, err = f.Read(buf)
	check(err)
	_, err = f.Write(buf)
	check(err)
	_, err = f.Seek(0, 0)
	check(err)
	_, err = f.Stat()
	check(err)

	var nilf *os.File
	_, err = nilf.Read(buf)
	check(err)
	println(err == os.ErrInvalid)

	data, err := os.ReadFile("a.txt")
	println(string(data), err == nil)

	check(os.WriteFile("b.txt", []byte("b data\n"), 0600))
	data, _ = os.ReadFile("b.txt")
	print(string(data))
	info, _ = os.Stat("b.txt")
	println(info.Mode().String(), info.Mode().Perm().String())

	ro, _ := os.Open("b.txt")
	_, err = ro.Write([]byte("x"))
	check(err)
	ro.Close()

	ap, _ := os.OpenFile("b.txt", os.O_WRONLY|os.O_APPEND, 0)
	ap.WriteString("appended\n")
	_, err = ap.WriteAt([]byte("x"), 0)
	check(err)
	ap.Close()
	data, _ = os.ReadFile("b.txt")
	print(string(data))

	_, err = os.OpenFile("b.txt", os.O_RDWR|os.O_CREATE|os.O_EXCL, 0666)
	check(err)
	println(os.IsExist(err), os.IsNotExist(err))
	_, err = os.Open("missing.txt")
	check(err)
	println(os.IsExist(err), os.IsNotExist(err))
	_, err = os.ReadFile("missing.txt")
	check(err)
	_, err = os.ReadFile(".")
	check(err)
	_, err = os.Open("a\x00b")
	println(err.(*os.PathError).Err.Error(), len(err.(*os.PathError).Path))
}

// CHECK: a.txt
// CHECK-NEXT: 13 true
// CHECK-NEXT: 12 true
// CHECK-NEXT: 0 true
// CHECK-NEXT: 5 hello true
// CHECK-NEXT: 21
// CHECK-NEXT: 4 ine
// CHECK-EMPTY:
// CHECK-NEXT: 0 true
// CHECK-NEXT: 5 world true
// CHECK-NEXT: 3 ne
// CHECK-NEXT:  true
// CHECK-NEXT: error: readat a.txt: negative offset
// CHECK-NEXT: 5 true
// CHECK-NEXT: a.txt 25 false true
// CHECK-NEXT: 5 -rw-r-----
// CHECK-NEXT: error: close a.txt: file already closed
// CHECK-NEXT: error: read a.txt: file already closed
// CHECK-NEXT: error: write a.txt: file already closed
// CHECK-NEXT: error: seek a.txt: file already closed
// CHECK-NEXT: error: stat a.txt: use of closed file
// CHECK-NEXT: error: invalid argument
// CHECK-NEXT: true
// CHECK-NEXT: HELLO true
// CHECK-NEXT: b data
// CHECK-NEXT: -rw------- -rw-------
// CHECK-NEXT: error: write b.txt: bad file descriptor
// CHECK-NEXT: error: os: invalid use of WriteAt on file opened with O_APPEND
// CHECK-NEXT: b data
// CHECK-NEXT: appended
// CHECK-NEXT: error: open b.txt: file exists
// CHECK-NEXT: true false
// CHECK-NEXT: error: open missing.txt: no such file or directory
// CHECK-NEXT: false true
// CHECK-NEXT: error: open missing.txt: no such file or directory
// CHECK-NEXT: error: read .: is a directory
// CHECK-NEXT: invalid argument 3
