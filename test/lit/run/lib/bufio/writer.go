// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// bufio.Writer: buffering, Flush, Available/Buffered, WriteByte/WriteRune/
// WriteString, large writes bypassing the buffer, sticky write errors,
// short writes, Reset, ReadFrom, and ReadWriter.

package main

import (
	"bufio"
	"errors"
	"io"
	"strings"
)

// logWriter records every Write call it receives.
type logWriter struct {
	data  []byte
	calls int
	limit int // fail after this many bytes when > 0
	short bool
}

func (w *logWriter) Write(p []byte) (int, error) {
	w.calls++
	println("  write", len(p))
	if w.short && len(p) > 1 {
		w.data = append(w.data, p[:1]...)
		return 1, nil
	}
	if w.limit > 0 && len(w.data)+len(p) > w.limit {
		return 0, errors.New("disk full")
	}
	w.data = append(w.data, p...)
	return len(p), nil
}

// strWriter also implements io.StringWriter.
type strWriter struct{ logWriter }

func (w *strWriter) WriteString(s string) (int, error) {
	println("  writestring", len(s))
	w.data = append(w.data, s...)
	return len(s), nil
}

// rfWriter implements io.ReaderFrom.
type rfWriter struct{ logWriter }

func (w *rfWriter) ReadFrom(r io.Reader) (int64, error) {
	b, err := io.ReadAll(r)
	println("  readfrom", len(b))
	w.data = append(w.data, b...)
	return int64(len(b)), err
}

func errs(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	lw := &logWriter{}
	w := bufio.NewWriterSize(lw, 16)
	println("size", w.Size(), w.Available(), w.Buffered())
	w.WriteString("hello ")
	w.WriteByte('w')
	n, err := w.WriteRune('ö')
	println("rune", n, errs(err))
	w.WriteRune('r')
	w.Write([]byte("ld"))
	println("avail", w.Available(), w.Buffered(), lw.calls)
	println("flush", errs(w.Flush()), string(lw.data), w.Buffered())
	println("flush empty", errs(w.Flush()), lw.calls)

	// A write larger than the buffer fills it, flushes, then goes direct.
	w.WriteString("abc")
	n, err = w.Write([]byte(strings.Repeat("z", 40)))
	println("big write", n, errs(err), w.Buffered())
	n, err = w.Write([]byte(strings.Repeat("q", 40)))
	println("big write empty", n, errs(err), w.Buffered())
	w.WriteString(strings.Repeat("s", 20))
	w.Flush()
	println("total", len(lw.data))

	// WriteString to a StringWriter with an empty buffer forwards it.
	sw := &strWriter{}
	w = bufio.NewWriterSize(sw, 16)
	w.WriteString(strings.Repeat("a", 20))
	w.WriteString("b")
	w.WriteString(strings.Repeat("c", 20))
	w.Flush()
	println("sw", len(sw.data))

	// Errors are sticky.
	ew := &logWriter{limit: 10}
	w = bufio.NewWriterSize(ew, 16)
	w.WriteString(strings.Repeat("e", 15))
	n, err = w.WriteString("0123456789")
	println("err write", n, errs(err), w.Buffered())
	println("err byte", errs(w.WriteByte('x')))
	n, err = w.WriteRune('€')
	println("err rune", n, errs(err))
	println("err flush", errs(w.Flush()))
	w.Reset(ew)
	println("after reset", errs(w.WriteByte('k')), w.Buffered())

	// Short writes turn into io.ErrShortWrite.
	shw := &logWriter{short: true}
	w = bufio.NewWriterSize(shw, 16)
	w.WriteString("abc")
	println("short", errs(w.Flush()), w.Buffered(), string(shw.data))

	// ReadFrom without and with an io.ReaderFrom underneath.
	lw = &logWriter{}
	w = bufio.NewWriterSize(lw, 16)
	w.WriteString("x")
	n64, err := w.ReadFrom(strings.NewReader(strings.Repeat("r", 35)))
	println("readfrom", n64, errs(err), w.Buffered())
	w.Flush()
	println("readfrom data", len(lw.data))
	rw := &rfWriter{}
	w = bufio.NewWriterSize(rw, 16)
	n64, err = w.ReadFrom(strings.NewReader(strings.Repeat("r", 35)))
	println("readfrom rf", n64, errs(err), w.Buffered(), len(rw.data))

	// Tiny buffers are raised to the default only when <= 0.
	println("sizes", bufio.NewWriterSize(lw, 0).Size(), bufio.NewWriterSize(lw, 1).Size(), bufio.NewWriter(lw).Size())
	w = bufio.NewWriterSize(lw, 2)
	n, err = w.WriteRune('€')
	w.Flush()
	println("tiny rune", n, errs(err), string(lw.data[len(lw.data)-3:]))
	println("same", bufio.NewWriterSize(w, 2) == w, bufio.NewWriterSize(w, 3) == w)

	// ReadWriter.
	out := &logWriter{}
	brw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in line\n")), bufio.NewWriter(out))
	line, _ := brw.ReadString('\n')
	brw.WriteString("echo: " + line)
	brw.Flush()
	print(string(out.data))
}

// CHECK: size 16 16 0
// CHECK-NEXT: rune 2 <nil>
// CHECK-NEXT: avail 4 12 0
// CHECK-NEXT:   write 12
// CHECK-NEXT: flush <nil> hello wörld 0
// CHECK-NEXT: flush empty <nil> 1
// CHECK-NEXT:   write 16
// CHECK-NEXT:   write 27
// CHECK-NEXT: big write 40 <nil> 0
// CHECK-NEXT:   write 40
// CHECK-NEXT: big write empty 40 <nil> 0
// CHECK-NEXT:   write 16
// CHECK-NEXT:   write 4
// CHECK-NEXT: total 115
// CHECK-NEXT:   writestring 20
// CHECK-NEXT:   write 16
// CHECK-NEXT:   write 5
// CHECK-NEXT: sw 41
// CHECK-NEXT:   write 16
// CHECK-NEXT: err write 1 disk full 16
// CHECK-NEXT: err byte disk full
// CHECK-NEXT: err rune 0 disk full
// CHECK-NEXT: err flush disk full
// CHECK-NEXT: after reset <nil> 1
// CHECK-NEXT:   write 3
// CHECK-NEXT: short short write 2 a
// CHECK-NEXT:   write 16
// CHECK-NEXT:   write 16
// CHECK-NEXT: readfrom 35 <nil> 4
// CHECK-NEXT:   write 4
// CHECK-NEXT: readfrom data 36
// CHECK-NEXT:   readfrom 35
// CHECK-NEXT: readfrom rf 35 <nil> 0 35
// CHECK-NEXT: sizes 4096 1 4096
// CHECK-NEXT:   write 2
// CHECK-NEXT:   write 1
// CHECK-NEXT: tiny rune 3 <nil> €
// CHECK-NEXT: same true false
// CHECK-NEXT:   write 14
// CHECK-NEXT: echo: in line
