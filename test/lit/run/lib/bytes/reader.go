// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// bytes.Reader: Read, ReadAt, ReadByte/UnreadByte, ReadRune/UnreadRune,
// Seek, WriteTo (through Write), Reset, Len/Size, errors with Go's text.

package main

import (
	"bytes"
	"io"
)

func e(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

type sink struct{ got string }

func (s *sink) Write(p []byte) (int, error) {
	s.got += string(p)
	return len(p), nil
}

type sw struct{ sink }

func (s *sw) WriteString(str string) (int, error) {
	s.got += "[S]" + str
	return len(str), nil
}

type short struct{}

func (short) Write(p []byte) (int, error) { return len(p) / 2, nil }

func main() {
	r := bytes.NewReader([]byte("héllo, wörld"))
	println(r.Len(), r.Size())
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		println(n, string(buf[:n]), e(err), r.Len())
		if err != nil {
			break
		}
	}
	n, err := r.ReadAt(buf, 3)
	println(n, string(buf[:n]), e(err))
	n, err = r.ReadAt(buf, 11)
	println(n, string(buf[:n]), e(err))
	n, err = r.ReadAt(buf, 100)
	println(n, e(err))
	n, err = r.ReadAt(buf, -1)
	println(n, e(err))

	r.Reset([]byte("a€\xffz"))
	println(e(r.UnreadRune()), e(r.UnreadByte()))
	for {
		c, size, err := r.ReadRune()
		println(c, size, e(err))
		if err != nil {
			break
		}
	}
	println(e(r.UnreadRune()))
	r.Seek(1, io.SeekStart)
	c, size, _ := r.ReadRune()
	println(c, size, e(r.UnreadRune()), e(r.UnreadRune()), r.Len())
	b, err := r.ReadByte()
	println(b, e(err), e(r.UnreadByte()), e(r.UnreadRune()))
	for _, s := range [][2]int64{{0, 0}, {2, 1}, {-1, 1}, {-1, 2}, {-10, 2}, {0, 3}, {100, 0}, {-1, 0}} {
		pos, err := r.Seek(s[0], int(s[1]))
		println("seek", s[0], s[1], pos, e(err), r.Len())
	}
	n, err = r.Read(buf)
	println(n, e(err))
	b, err = r.ReadByte()
	println(b, e(err))

	r.Reset([]byte("write me out"))
	r.Seek(6, io.SeekStart)
	var k sink
	m, err := r.WriteTo(&k)
	println(m, e(err), k.got, r.Len())
	m, err = r.WriteTo(&k)
	println(m, e(err))
	var w sw
	m, err = bytes.NewReader([]byte("via Write")).WriteTo(&w)
	println(m, e(err), w.got)
	r.Reset([]byte("0123456789"))
	m, err = r.WriteTo(short{})
	println(m, e(err), r.Len())

	var z bytes.Reader
	println(z.Len(), z.Size())
	n, err = z.Read(buf)
	println(n, e(err))
	all, err := io.ReadAll(bytes.NewReader([]byte("read all of this")))
	println(string(all), e(err))
	var rs io.RuneScanner = bytes.NewReader([]byte("ü"))
	var bs io.ByteScanner = bytes.NewReader([]byte("b"))
	var ra io.ReaderAt = bytes.NewReader([]byte("at"))
	var sk io.ReadSeeker = bytes.NewReader([]byte("seek"))
	var wt io.WriterTo = bytes.NewReader([]byte("to"))
	println(rs != nil, bs != nil, ra != nil, sk != nil, wt != nil)
	lr := io.LimitReader(bytes.NewReader([]byte("limited reader")), 7)
	all, _ = io.ReadAll(lr)
	println(string(all))
}

// CHECK: 14 14
// CHECK-NEXT: 4 hél <nil> 10
// CHECK-NEXT: 4 lo,  <nil> 6
// CHECK-NEXT: 4 wör <nil> 2
// CHECK-NEXT: 2 ld <nil> 0
// CHECK-NEXT: 0  EOF 0
// CHECK-NEXT: 4 llo, <nil>
// CHECK-NEXT: 3 rld EOF
// CHECK-NEXT: 0 EOF
// CHECK-NEXT: 0 bytes.Reader.ReadAt: negative offset
// CHECK-NEXT: bytes.Reader.UnreadRune: at beginning of slice bytes.Reader.UnreadByte: at beginning of slice
// CHECK-NEXT: 97 1 <nil>
// CHECK-NEXT: 8364 3 <nil>
// CHECK-NEXT: 65533 1 <nil>
// CHECK-NEXT: 122 1 <nil>
// CHECK-NEXT: 0 0 EOF
// CHECK-NEXT: bytes.Reader.UnreadRune: previous operation was not ReadRune
// CHECK-NEXT: 8364 3 <nil> bytes.Reader.UnreadRune: previous operation was not ReadRune 5
// CHECK-NEXT: 226 <nil> <nil> bytes.Reader.UnreadRune: previous operation was not ReadRune
// CHECK-NEXT: seek 0 0 0 <nil> 6
// CHECK-NEXT: seek 2 1 2 <nil> 4
// CHECK-NEXT: seek -1 1 1 <nil> 5
// CHECK-NEXT: seek -1 2 5 <nil> 1
// CHECK-NEXT: seek -10 2 0 bytes.Reader.Seek: negative position 1
// CHECK-NEXT: seek 0 3 0 bytes.Reader.Seek: invalid whence 1
// CHECK-NEXT: seek 100 0 100 <nil> 0
// CHECK-NEXT: seek -1 0 0 bytes.Reader.Seek: negative position 0
// CHECK-NEXT: 0 EOF
// CHECK-NEXT: 0 EOF
// CHECK-NEXT: 6 <nil> me out 0
// CHECK-NEXT: 0 <nil>
// CHECK-NEXT: 9 <nil> via Write
// CHECK-NEXT: 5 short write 5
// CHECK-NEXT: 0 0
// CHECK-NEXT: 0 EOF
// CHECK-NEXT: read all of this <nil>
// CHECK-NEXT: true true true true true
// CHECK-NEXT: limited
