// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// io.SectionReader: Read, Seek (every whence, bad whence, offset before the
// start, past the end), ReadAt inside and across the end of the section, and
// Size (also when off+n overflows); reads never leave the window of the
// underlying ReaderAt.

package main

import "io"

// text is a ReaderAt over a string that logs every ReadAt it serves.
type text struct{ s string }

func (t *text) ReadAt(p []byte, off int64) (int, error) {
	println("  ReadAt len", len(p), "off", off)
	if off >= int64(len(t.s)) {
		return 0, io.EOF
	}
	n := copy(p, t.s[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

func show(what string, n int, err error, p []byte) {
	e := "nil"
	if err != nil {
		e = err.Error()
	}
	println(what, n, e, "["+string(p[:n])+"]")
}

func seek(s *io.SectionReader, off int64, whence int) {
	pos, err := s.Seek(off, whence)
	e := "nil"
	if err != nil {
		e = err.Error()
	}
	println("Seek", off, whence, "->", pos, e)
}

func main() {
	src := &text{"0123456789abcdefghij"}
	s := io.NewSectionReader(src, 5, 10) // "56789abcde"
	println("Size", s.Size())

	buf := make([]byte, 4)
	for i := 0; i < 4; i++ {
		n, err := s.Read(buf)
		show("Read", n, err, buf)
	}

	seek(s, 2, io.SeekStart)
	n, err := s.Read(buf)
	show("Read", n, err, buf)
	seek(s, -3, io.SeekCurrent)
	n, err = s.Read(buf)
	show("Read", n, err, buf)
	seek(s, -2, io.SeekEnd)
	n, err = s.Read(buf)
	show("Read", n, err, buf)
	seek(s, 0, 7)
	seek(s, -1, io.SeekStart)
	seek(s, 20, io.SeekStart)
	n, err = s.Read(buf)
	show("Read past end", n, err, buf)

	big := make([]byte, 8)
	n, err = s.ReadAt(big[:3], 1)
	show("ReadAt 1", n, err, big)
	n, err = s.ReadAt(big, 6)
	show("ReadAt 6", n, err, big)
	n, err = s.ReadAt(big[:4], 6)
	show("ReadAt 6 exact", n, err, big)
	n, err = s.ReadAt(big, 10)
	show("ReadAt 10", n, err, big)
	n, err = s.ReadAt(big, -1)
	show("ReadAt -1", n, err, big)

	// A section running past the end of its source.
	t := io.NewSectionReader(src, 15, 100)
	println("Size", t.Size())
	all, err := io.ReadAll(t)
	println("ReadAll", string(all), err == nil)

	// A length that overflows off+n.
	for _, c := range [][2]int64{{5, -3}, {1, 1<<63 - 1}, {0, 1<<63 - 1}, {1 << 62, 1 << 62}, {1<<62 + 1, 1 << 62}, {-5, 3}, {-5, 1<<63 - 1}, {1<<63 - 1, 1}, {1<<63 - 1, -1}} {
		println("Size of", c[0], c[1], "=", io.NewSectionReader(src, c[0], c[1]).Size())
	}

	// Empty section.
	e := io.NewSectionReader(src, 3, 0)
	n, err = e.Read(buf)
	show("empty Read", n, err, buf)
}

// CHECK: Size 10
// CHECK-NEXT:   ReadAt len 4 off 5
// CHECK-NEXT: Read 4 nil [5678]
// CHECK-NEXT:   ReadAt len 4 off 9
// CHECK-NEXT: Read 4 nil [9abc]
// CHECK-NEXT:   ReadAt len 2 off 13
// CHECK-NEXT: Read 2 nil [de]
// CHECK-NEXT: Read 0 EOF []
// CHECK-NEXT: Seek 2 0 -> 2 nil
// CHECK-NEXT:   ReadAt len 4 off 7
// CHECK-NEXT: Read 4 nil [789a]
// CHECK-NEXT: Seek -3 1 -> 3 nil
// CHECK-NEXT:   ReadAt len 4 off 8
// CHECK-NEXT: Read 4 nil [89ab]
// CHECK-NEXT: Seek -2 2 -> 8 nil
// CHECK-NEXT:   ReadAt len 2 off 13
// CHECK-NEXT: Read 2 nil [de]
// CHECK-NEXT: Seek 0 7 -> 0 Seek: invalid whence
// CHECK-NEXT: Seek -1 0 -> 0 Seek: invalid offset
// CHECK-NEXT: Seek 20 0 -> 20 nil
// CHECK-NEXT: Read past end 0 EOF []
// CHECK-NEXT:   ReadAt len 3 off 6
// CHECK-NEXT: ReadAt 1 3 nil [678]
// CHECK-NEXT:   ReadAt len 4 off 11
// CHECK-NEXT: ReadAt 6 4 EOF [bcde]
// CHECK-NEXT:   ReadAt len 4 off 11
// CHECK-NEXT: ReadAt 6 exact 4 nil [bcde]
// CHECK-NEXT: ReadAt 10 0 EOF []
// CHECK-NEXT: ReadAt -1 0 EOF []
// CHECK-NEXT: Size 100
// CHECK-NEXT:   ReadAt len 100 off 15
// CHECK-NEXT: ReadAll fghij true
// CHECK-NEXT: Size of 5 -3 = 9223372036854775802
// CHECK-NEXT: Size of 1 9223372036854775807 = 9223372036854775806
// CHECK-NEXT: Size of 0 9223372036854775807 = 9223372036854775807
// CHECK-NEXT: Size of 4611686018427387904 4611686018427387904 = 4611686018427387903
// CHECK-NEXT: Size of 4611686018427387905 4611686018427387904 = 4611686018427387902
// CHECK-NEXT: Size of -5 3 = 3
// CHECK-NEXT: Size of -5 9223372036854775807 = 9223372036854775807
// CHECK-NEXT: Size of 9223372036854775807 1 = 0
// CHECK-NEXT: Size of 9223372036854775807 -1 = 0
// CHECK-NEXT: empty Read 0 EOF []
