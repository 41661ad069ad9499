// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// bytes.Buffer: Go's growth (Len/Cap), reads and unreads with their errors,
// ReadFrom/WriteTo, Next, Truncate, ReadBytes/ReadString, ErrTooLarge, and
// bytes.Reader.

package main

import (
	"bytes"
	"io"
	"strings"
)

func e(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) {
	if len(p) > 3 {
		p = p[:3]
	}
	return o.r.Read(p)
}

func main() {
	var b bytes.Buffer
	println(b.Len(), b.Cap(), b.String() == "")
	for i := 0; i < 12; i++ {
		b.WriteString("0123456789")
		print(b.Len(), "/", b.Cap(), " ")
	}
	println()
	var w bytes.Buffer
	for i := 0; i < 70; i++ {
		w.WriteByte('x')
	}
	println(w.Len(), w.Cap())
	w.WriteRune('世')
	w.WriteRune(-5)
	println(w.Len(), w.Cap())
	w.Grow(1000)
	println(w.Len(), w.Cap())
	buf := make([]byte, 10)
	n, err := b.Read(buf)
	println(n, e(err), string(buf[:n]), b.Len(), b.Cap())
	println(e(b.UnreadByte()), e(b.UnreadByte()), b.Len())
	println(string(b.Next(5)), string(b.Next(0)), b.Len())
	b.Truncate(7)
	println(b.String(), b.Len(), b.Cap())
	b.Reset()
	println(b.Len(), b.Cap())

	r := bytes.NewBufferString("héllo\xff!\nsecond line\nrest")
	for {
		c, size, err := r.ReadRune()
		if c == '\n' || err != nil {
			println("stop", c, size, e(err))
			break
		}
		print(c, ":", size, " ")
	}
	println()
	println(e(r.UnreadRune()), e(r.UnreadRune()))
	line, err := r.ReadString('\n')
	println(len(line), e(err))
	line, err = r.ReadString('\n')
	println(line, e(err))
	bl, err := r.ReadBytes('\n')
	println(string(bl), e(err), r.Len())
	c, err := r.ReadByte()
	println(c, e(err))
	n, err = r.Read(nil)
	println(n, e(err))
	n, err = r.Read(buf)
	println(n, e(err))

	var rf bytes.Buffer
	m, err := rf.ReadFrom(oneByte{strings.NewReader(strings.Repeat("abcdefgh", 100))})
	println(m, e(err), rf.Len(), rf.Cap())
	var sb strings.Builder
	m, err = rf.WriteTo(&sb)
	println(m, e(err), sb.Len(), rf.Len(), rf.Cap())

	nb := bytes.NewBuffer(make([]byte, 0, 10))
	nb.WriteString("abc")
	println(nb.String(), nb.Cap())
	var np *bytes.Buffer
	println(np.String())

	br := bytes.NewReader([]byte("reader of bytes"))
	br.Seek(-5, io.SeekEnd)
	all, _ := io.ReadAll(br)
	println(string(all), br.Len(), br.Size())
	println(e(br.UnreadRune()))
	_, err = br.Seek(-100, io.SeekCurrent)
	println(e(err))
	n, err = br.ReadAt(buf[:4], 7)
	println(n, string(buf[:n]), e(err))
	br.Reset([]byte("x"))
	println(e(br.UnreadByte()))

	func() {
		defer func() { println("recovered:", recover().(string)) }()
		b.Grow(-1)
	}()
	func() {
		defer func() { println("recovered:", recover().(string)) }()
		b.WriteString("abc")
		b.Truncate(4)
	}()
	func() {
		defer func() { println("recovered:", recover().(error).Error(), recover() == nil) }()
		var big bytes.Buffer
		big.WriteString("x")
		big.Grow(1 << 62)
	}()
}

// CHECK: 0 0 true
// CHECK-NEXT: 10/64 20/64 30/64 40/64 50/64 60/64 70/128 80/128 90/128 100/128 110/128 120/128
// CHECK-NEXT: 70 128
// CHECK-NEXT: 76 128
// CHECK-NEXT: 76 1152
// CHECK-NEXT: 10 <nil> 0123456789 110 128
// CHECK-NEXT: <nil> bytes.Buffer: UnreadByte: previous operation was not a successful read 111
// CHECK-NEXT: 90123  106
// CHECK-NEXT: 4567890 7 128
// CHECK-NEXT: 0 128
// CHECK-NEXT: 104:1 233:2 108:1 108:1 111:1 65533:1 33:1 stop 10 1 <nil>
// CHECK-EMPTY:
// CHECK-NEXT: <nil> bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune
// CHECK-NEXT: 1 <nil>
// CHECK-NEXT: second line
// CHECK-NEXT:  <nil>
// CHECK-NEXT: rest EOF 0
// CHECK-NEXT: 0 EOF
// CHECK-NEXT: 0 <nil>
// CHECK-NEXT: 0 EOF
// CHECK-NEXT: 800 <nil> 800 2048
// CHECK-NEXT: 800 <nil> 800 0 2048
// CHECK-NEXT: abc 10
// CHECK-NEXT: <nil>
// CHECK-NEXT: bytes 0 15
// CHECK-NEXT: bytes.Reader.UnreadRune: previous operation was not ReadRune
// CHECK-NEXT: bytes.Reader.Seek: negative position
// CHECK-NEXT: 4 of b <nil>
// CHECK-NEXT: bytes.Reader.UnreadByte: at beginning of slice
// CHECK-NEXT: recovered: bytes.Buffer.Grow: negative count
// CHECK-NEXT: recovered: bytes.Buffer: truncation out of range
// CHECK-NEXT: recovered: bytes.Buffer: too large true
