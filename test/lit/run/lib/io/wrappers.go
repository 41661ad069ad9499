// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// io.NopCloser (keeps WriterTo), MultiWriter errors, short writes, nesting
// and WriteString, MultiReader errors and WriteTo, Discard.ReadFrom's buffer,
// TeeReader write errors, and Pipe close-error rules.

package main

import (
	"errors"
	"io"
)

type chunks struct{ s string }

func (r *chunks) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	n := copy(p, r.s)
	if n > 3 {
		n = 3
	}
	r.s = r.s[n:]
	return n, nil
}

type fancy struct{ chunks }

func (f *fancy) WriteTo(w io.Writer) (int64, error) {
	println("  fancy.WriteTo")
	n, err := w.Write([]byte(f.s))
	return int64(n), err
}

type named struct {
	name string
	n    int // bytes to claim, -1 for all
	err  error
}

func (w *named) Write(p []byte) (int, error) {
	println("  write", w.name, string(p))
	if w.n >= 0 {
		return w.n, w.err
	}
	return len(p), w.err
}

type strNamed struct{ named }

func (w *strNamed) WriteString(s string) (int, error) {
	println("  writeString", w.name, s)
	return len(s), nil
}

type sizes struct{ left int }

func (r *sizes) Read(p []byte) (int, error) {
	println("  Discard offers", len(p))
	if r.left == 0 {
		return 0, io.EOF
	}
	r.left--
	return len(p), nil
}

type broken struct{}

func (broken) Read(p []byte) (int, error) { return 0, errors.New("broken reader") }

func errText(err error) string {
	if err == nil {
		return "nil"
	}
	return err.Error()
}

func main() {
	// NopCloser.
	rc := io.NopCloser(&chunks{"abc"})
	_, isWT := rc.(io.WriterTo)
	println("plain NopCloser is WriterTo:", isWT, "Close:", errText(rc.Close()))
	rc = io.NopCloser(&fancy{chunks{"defgh"}})
	_, isWT = rc.(io.WriterTo)
	println("fancy NopCloser is WriterTo:", isWT, "Close:", errText(rc.Close()))
	n64, err := io.Copy(&named{"dst", -1, nil}, rc)
	println("copied", n64, errText(err))

	// MultiWriter.
	a := &named{"a", -1, nil}
	b := &named{"b", 2, nil}
	c := &named{"c", -1, nil}
	n, err := io.MultiWriter(a, b, c).Write([]byte("hello"))
	println("short:", n, errText(err))
	d := &named{"d", 1, errors.New("disk full")}
	n, err = io.MultiWriter(a, d, c).Write([]byte("hello"))
	println("error:", n, errText(err))
	s := &strNamed{named{"s", -1, nil}}
	inner := io.MultiWriter(a, s)
	outer := io.MultiWriter(inner, c, s)
	n, err = io.WriteString(outer, "nest")
	println("nested WriteString:", n, errText(err))
	n, err = outer.Write([]byte("raw"))
	println("nested Write:", n, errText(err))
	n, err = io.WriteString(io.MultiWriter(s, b), "xyz")
	println("WriteString short:", n, errText(err))
	n, err = io.MultiWriter().Write([]byte("nobody"))
	println("empty MultiWriter:", n, errText(err))

	// MultiReader.
	mr := io.MultiReader(&chunks{"ab"}, broken{}, &chunks{"cd"})
	buf := make([]byte, 8)
	for i := 0; i < 3; i++ {
		n, err = mr.Read(buf)
		println("mr Read", n, errText(err), "["+string(buf[:n])+"]")
	}
	_, isWT = io.MultiReader().(io.WriterTo)
	println("MultiReader is WriterTo:", isWT)
	nested := io.MultiReader(io.MultiReader(&chunks{"one-"}, &chunks{"two-"}), &fancy{chunks{"three"}})
	n64, err = io.Copy(&named{"out", -1, nil}, nested)
	println("MultiReader Copy:", n64, errText(err))
	n, err = nested.Read(buf)
	println("after Copy:", n, errText(err))
	n, err = io.MultiReader().Read(buf)
	println("empty MultiReader:", n, errText(err))

	// Discard.
	n64, err = io.Copy(io.Discard, &sizes{2})
	println("Discard:", n64, errText(err))
	n64, err = io.Discard.(io.ReaderFrom).ReadFrom(broken{})
	println("Discard broken:", n64, errText(err))
	n, err = io.WriteString(io.Discard, "gone")
	println("Discard WriteString:", n, errText(err))

	// TeeReader whose writer fails.
	tr := io.TeeReader(&chunks{"tee"}, &named{"t", 1, errors.New("tee full")})
	n, err = tr.Read(buf)
	println("tee:", n, errText(err))

	// Pipe close rules.
	pr, pw := io.Pipe()
	pw.CloseWithError(errors.New("first"))
	pw.CloseWithError(errors.New("second"))
	n, err = pr.Read(buf)
	println("read after writer error:", n, errText(err))
	n, err = pw.Write([]byte("x"))
	println("write after own close:", n, errText(err))
	pr.Close()
	n, err = pr.Read(buf)
	println("read after own close:", n, errText(err))

	pr, pw = io.Pipe()
	pr.CloseWithError(errors.New("reader gone"))
	n, err = pw.Write([]byte("x"))
	println("write after reader error:", n, errText(err))

	pr, pw = io.Pipe()
	done := make(chan bool)
	go func() {
		n, err := pw.Write([]byte("0123456789"))
		println("blocked write:", n, errText(err))
		n, err = pw.Write(nil)
		println("empty write:", n, errText(err))
		done <- true
	}()
	n, err = pr.Read(buf[:4])
	println("partial read:", n, errText(err), string(buf[:n]))
	pr.CloseWithError(errors.New("stop"))
	<-done

	pr, pw = io.Pipe()
	result := make(chan string)
	go func() {
		n, err := pw.Write(nil)
		pw.Close()
		result <- errText(err)
		result <- string(rune('0' + n))
	}()
	n, err = pr.Read(buf)
	println("read of empty write:", n, errText(err))
	n, err = pr.Read(buf)
	println("read after close:", n, errText(err))
	println("empty write taken:", <-result, <-result)
}

// CHECK: plain NopCloser is WriterTo: false Close: nil
// CHECK-NEXT: fancy NopCloser is WriterTo: true Close: nil
// CHECK-NEXT:   fancy.WriteTo
// CHECK-NEXT:   write dst defgh
// CHECK-NEXT: copied 5 nil
// CHECK-NEXT:   write a hello
// CHECK-NEXT:   write b hello
// CHECK-NEXT: short: 2 short write
// CHECK-NEXT:   write a hello
// CHECK-NEXT:   write d hello
// CHECK-NEXT: error: 1 disk full
// CHECK-NEXT:   write a nest
// CHECK-NEXT:   writeString s nest
// CHECK-NEXT:   write c nest
// CHECK-NEXT:   writeString s nest
// CHECK-NEXT: nested WriteString: 4 nil
// CHECK-NEXT:   write a raw
// CHECK-NEXT:   write s raw
// CHECK-NEXT:   write c raw
// CHECK-NEXT:   write s raw
// CHECK-NEXT: nested Write: 3 nil
// CHECK-NEXT:   writeString s xyz
// CHECK-NEXT:   write b xyz
// CHECK-NEXT: WriteString short: 2 short write
// CHECK-NEXT: empty MultiWriter: 6 nil
// CHECK-NEXT: mr Read 2 nil [ab]
// CHECK-NEXT: mr Read 0 broken reader []
// CHECK-NEXT: mr Read 0 broken reader []
// CHECK-NEXT: MultiReader is WriterTo: true
// CHECK-NEXT:   write out one
// CHECK-NEXT:   write out -
// CHECK-NEXT:   write out two
// CHECK-NEXT:   write out -
// CHECK-NEXT:   fancy.WriteTo
// CHECK-NEXT:   write out three
// CHECK-NEXT: MultiReader Copy: 13 nil
// CHECK-NEXT: after Copy: 0 EOF
// CHECK-NEXT: empty MultiReader: 0 EOF
// CHECK-NEXT:   Discard offers 8192
// CHECK-NEXT:   Discard offers 8192
// CHECK-NEXT:   Discard offers 8192
// CHECK-NEXT: Discard: 16384 nil
// CHECK-NEXT: Discard broken: 0 broken reader
// CHECK-NEXT: Discard WriteString: 4 nil
// CHECK-NEXT:   write t tee
// CHECK-NEXT: tee: 1 tee full
// CHECK-NEXT: read after writer error: 0 first
// CHECK-NEXT: write after own close: 0 io: read/write on closed pipe
// CHECK-NEXT: read after own close: 0 io: read/write on closed pipe
// CHECK-NEXT: write after reader error: 0 reader gone
// CHECK-NEXT: partial read: 4 nil 0123
// CHECK-NEXT: blocked write: 4 stop
// CHECK-NEXT: empty write: 0 stop
// CHECK-NEXT: read of empty write: 0 nil
// CHECK-NEXT: read after close: 0 EOF
// CHECK-NEXT: empty write taken: nil 0
