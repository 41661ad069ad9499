// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// bufio.Reader: Read, ReadByte/UnreadByte, ReadRune/UnreadRune, ReadString,
// ReadBytes, ReadLine (with a tiny buffer), ReadSlice, Peek, Discard,
// Buffered, Reset, WriteTo and the error values.

package main

import (
	"bufio"
	"bytes"
	"io"
	"strings"
)

// slowReader returns at most n bytes per Read.
type slowReader struct {
	s string
	n int
}

func (r *slowReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	k := r.n
	if k > len(p) {
		k = len(p)
	}
	if k > len(r.s) {
		k = len(r.s)
	}
	copy(p, r.s[:k])
	r.s = r.s[k:]
	return k, nil
}

func errs(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	r := bufio.NewReaderSize(&slowReader{"héllo wörld\nsecond line\r\nthird", 3}, 16)
	println("size", r.Size())
	b, err := r.ReadByte()
	println("byte", b, errs(err))
	println("unread", errs(r.UnreadByte()), errs(r.UnreadByte()))
	ru, sz, err := r.ReadRune()
	println("rune", ru, sz, errs(err))
	ru, sz, err = r.ReadRune()
	println("rune", ru, sz, errs(err))
	println("unreadrune", errs(r.UnreadRune()), errs(r.UnreadRune()))
	s, err := r.ReadString(' ')
	println("string", "["+s+"]", errs(err))
	p, err := r.Peek(4)
	println("peek", string(p), errs(err), r.Buffered())
	n, err := r.Discard(3)
	println("discard", n, errs(err))
	line, err := r.ReadBytes('\n')
	println("bytes", strings.TrimSpace(string(line)), len(line), errs(err))
	l, pre, err := r.ReadLine()
	println("line", string(l), pre, errs(err))
	l, pre, err = r.ReadLine()
	println("line", string(l), pre, errs(err))
	l, pre, err = r.ReadLine()
	println("line", l == nil, pre, errs(err))
	_, err = r.Peek(-1)
	println("peek-1", errs(err))
	_, err = r.Peek(100)
	println("peek100", errs(err))
	_, err = r.Discard(-1)
	println("discard-1", errs(err))

	// A line longer than the buffer comes back in pieces.
	r = bufio.NewReaderSize(strings.NewReader("abcdefghijklmnopqrstuvwxyz0123456789\nend"), 16)
	for {
		l, pre, err := r.ReadLine()
		if err != nil {
			println("readline end", errs(err))
			break
		}
		println("piece", string(l), pre)
	}

	// ReadSlice: ErrBufferFull, then the delimiter.
	r.Reset(strings.NewReader("0123456789abcdefXYZ,rest"))
	sl, err := r.ReadSlice(',')
	println("slice", string(sl), errs(err))
	sl, err = r.ReadSlice(',')
	println("slice", string(sl), errs(err))
	sl, err = r.ReadSlice(',')
	println("slice", string(sl), errs(err))
	s, err = r.ReadString(',')
	println("string at eof", len(s), errs(err))

	// ReadString across many buffers.
	long := strings.Repeat("x", 50) + "!" + "tail"
	r.Reset(&slowReader{long, 7})
	s, err = r.ReadString('!')
	println("long", len(s), s[len(s)-2:], errs(err))

	// Read: small reads are buffered, a big read goes directly.
	r = bufio.NewReaderSize(&slowReader{strings.Repeat("y", 40), 40}, 16)
	buf := make([]byte, 5)
	n, err = r.Read(buf)
	println("read", n, string(buf[:n]), r.Buffered(), errs(err))
	big := make([]byte, 32)
	n, err = r.Read(big)
	println("read", n, r.Buffered(), errs(err))
	n, err = r.Read(big)
	println("read", n, r.Buffered(), errs(err))
	n, err = r.Read(big)
	println("read", n, errs(err))
	n, err = r.Read(nil)
	println("read nil", n, errs(err))

	// WriteTo.
	r = bufio.NewReaderSize(&slowReader{"copy me through WriteTo", 4}, 16)
	r.ReadByte()
	var out bytes.Buffer
	n64, err := r.WriteTo(&out)
	println("writeto", n64, out.String(), errs(err))

	// Invalid UTF-8 and runes split across fills.
	r = bufio.NewReaderSize(&slowReader{"\xffa€", 1}, 16)
	for {
		ru, sz, err := r.ReadRune()
		if err != nil {
			println("rune end", errs(err))
			break
		}
		println("rune", ru, sz)
	}
	println(bufio.ErrInvalidUnreadByte.Error())
	println(bufio.ErrInvalidUnreadRune.Error())
	println(bufio.ErrBufferFull.Error())
	println(bufio.ErrNegativeCount.Error())

	// NewReader on a big enough *Reader returns it.
	r2 := bufio.NewReaderSize(r, 8)
	println("same", r2 == r, bufio.NewReader(nil).Size())
}

// CHECK: size 16
// CHECK-NEXT: byte 104 <nil>
// CHECK-NEXT: unread <nil> bufio: invalid use of UnreadByte
// CHECK-NEXT: rune 104 1 <nil>
// CHECK-NEXT: rune 233 2 <nil>
// CHECK-NEXT: unreadrune <nil> bufio: invalid use of UnreadRune
// CHECK-NEXT: string [éllo ] <nil>
// CHECK-NEXT: peek wör <nil> 5
// CHECK-NEXT: discard 3 <nil>
// CHECK-NEXT: bytes rld 4 <nil>
// CHECK-NEXT: line second line false <nil>
// CHECK-NEXT: line third false <nil>
// CHECK-NEXT: line true false EOF
// CHECK-NEXT: peek-1 bufio: negative count
// CHECK-NEXT: peek100 bufio: buffer full
// CHECK-NEXT: discard-1 bufio: negative count
// CHECK-NEXT: piece abcdefghijklmnop true
// CHECK-NEXT: piece qrstuvwxyz012345 true
// CHECK-NEXT: piece 6789 false
// CHECK-NEXT: piece end false
// CHECK-NEXT: readline end EOF
// CHECK-NEXT: slice 0123456789abcdef bufio: buffer full
// CHECK-NEXT: slice XYZ, <nil>
// CHECK-NEXT: slice rest EOF
// CHECK-NEXT: string at eof 0 EOF
// CHECK-NEXT: long 51 x! <nil>
// CHECK-NEXT: read 5 yyyyy 11 <nil>
// CHECK-NEXT: read 11 0 <nil>
// CHECK-NEXT: read 24 0 <nil>
// CHECK-NEXT: read 0 EOF
// CHECK-NEXT: read nil 0 <nil>
// CHECK-NEXT: writeto 22 opy me through WriteTo <nil>
// CHECK-NEXT: rune 65533 1
// CHECK-NEXT: rune 97 1
// CHECK-NEXT: rune 8364 3
// CHECK-NEXT: rune end EOF
// CHECK-NEXT: bufio: invalid use of UnreadByte
// CHECK-NEXT: bufio: invalid use of UnreadRune
// CHECK-NEXT: bufio: buffer full
// CHECK-NEXT: bufio: negative count
// CHECK-NEXT: same true 4096
