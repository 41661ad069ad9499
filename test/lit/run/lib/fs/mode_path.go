// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// io/fs: FileMode.String/Type/Perm for every type bit, ValidPath (including
// invalid UTF-8), PathError text, Unwrap and Timeout, and the error texts.

package main

import (
	"errors"
	"io/fs"
	"os"
)

func main() {
	for _, m := range []fs.FileMode{0, 0644, 0755 | fs.ModeDir, fs.ModeSymlink | 0777, fs.ModeDevice | fs.ModeCharDevice | 0620, 1<<32 - 1, fs.ModeIrregular, fs.ModeSetuid | 04755} {
		os.Stdout.WriteString(m.String() + " " + m.Type().String() + " " + m.Perm().String() + "\n")
	}
	for _, s := range []string{".", "", "a", "a/b", "/a", "a/", "a//b", "./a", "a/.", "..", "a/../b", "\xff", "a\\b", "\uFFFD", "a\xe2\x82"} {
		if fs.ValidPath(s) {
			os.Stdout.WriteString("valid\n")
		} else {
			os.Stdout.WriteString("invalid\n")
		}
	}
	e := &fs.PathError{Op: "open", Path: "/x", Err: fs.ErrNotExist}
	os.Stdout.WriteString(e.Error() + "\n")
	if errors.Is(e, fs.ErrNotExist) && !e.Timeout() {
		os.Stdout.WriteString("is\n")
	}
	os.Stdout.WriteString(fs.ErrInvalid.Error() + "|" + fs.ErrPermission.Error() + "|" + fs.ErrExist.Error() + "|" + fs.ErrClosed.Error() + "|" + fs.SkipDir.Error() + "\n")
}

// CHECK: ---------- ---------- ----------
// CHECK-NEXT: -rw-r--r-- ---------- -rw-r--r--
// CHECK-NEXT: drwxr-xr-x d--------- -rwxr-xr-x
// CHECK-NEXT: Lrwxrwxrwx L--------- -rwxrwxrwx
// CHECK-NEXT: Dcrw--w---- Dc--------- -rw--w----
// CHECK-NEXT: dalTLDpSugct?rwxrwxrwx dLDpSc?--------- -rwxrwxrwx
// CHECK-NEXT: ?--------- ?--------- ----------
// CHECK-NEXT: urwxr-xr-x ---------- -rwxr-xr-x
// CHECK-NEXT: valid
// CHECK-NEXT: invalid
// CHECK-NEXT: valid
// CHECK-NEXT: valid
// CHECK-NEXT: invalid
// CHECK-NEXT: invalid
// CHECK-NEXT: invalid
// CHECK-NEXT: invalid
// CHECK-NEXT: invalid
// CHECK-NEXT: invalid
// CHECK-NEXT: invalid
// CHECK-NEXT: invalid
// CHECK-NEXT: valid
// CHECK-NEXT: valid
// CHECK-NEXT: invalid
// CHECK-NEXT: open /x: file does not exist
// CHECK-NEXT: is
// CHECK-NEXT: invalid argument|permission denied|file already exists|file already closed|skip this directory
