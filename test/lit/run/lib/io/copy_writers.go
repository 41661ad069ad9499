// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// io.Copy, CopyN, MultiReader, MultiWriter, TeeReader, Discard, NopCloser
// and WriteString, with a small in-memory buffer as the writer.

package main

import (
	"errors"
	"io"
)

type buffer struct{ b []byte }

func (w *buffer) Write(p []byte) (int, error) {
	w.b = append(w.b, p...)
	return len(p), nil
}

type strWriter struct{ buffer }

func (w *strWriter) WriteString(s string) (int, error) {
	w.b = append(w.b, "<"+s+">"...)
	return len(s), nil
}

type reader struct{ s string }

func (r *reader) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	n := copy(p, r.s)
	r.s = r.s[n:]
	return n, nil
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) - 1, nil }

func errText(err error) string {
	if err == nil {
		return "nil"
	}
	return err.Error()
}

func main() {
	var dst buffer
	n, err := io.Copy(&dst, &reader{"copy me"})
	println(n, errText(err), string(dst.b))

	dst.b = nil
	n, err = io.CopyN(&dst, &reader{"0123456789"}, 4)
	println(n, errText(err), string(dst.b))
	n, err = io.CopyN(&dst, &reader{"ab"}, 4)
	println(n, errText(err), string(dst.b))

	dst.b = nil
	mr := io.MultiReader(&reader{"one,"}, &reader{""}, io.MultiReader(&reader{"two,"}, &reader{"three"}))
	n, err = io.Copy(&dst, mr)
	println(n, errText(err), string(dst.b))

	var w1, w2 buffer
	mw := io.MultiWriter(&w1, &w2)
	k, err := mw.Write([]byte("both"))
	println(k, errText(err), string(w1.b), string(w2.b))
	var sw strWriter
	k, err = io.WriteString(io.MultiWriter(&sw, &w1), "str")
	println(k, errText(err), string(sw.b), string(w1.b))
	k, err = io.MultiWriter(&w1, failWriter{}, &w2).Write([]byte("x"))
	println(k, errText(err))
	k, err = io.MultiWriter(shortWriter{}).Write([]byte("xyz"))
	println(k, errText(err))
	n, err = io.Copy(shortWriter{}, &reader{"abc"})
	println(n, errText(err))

	var tee buffer
	all, err := io.ReadAll(io.TeeReader(&reader{"teed"}, &tee))
	println(string(all), errText(err), string(tee.b))

	n, err = io.Copy(io.Discard, &reader{"discarded bytes"})
	println(n, errText(err))
	k, err = io.WriteString(io.Discard, "abc")
	println(k, errText(err))

	rc := io.NopCloser(&reader{"nop"})
	all, _ = io.ReadAll(rc)
	println(string(all), rc.Close() == nil)

	var s strWriter
	io.WriteString(&s, "hi")
	io.WriteString(&dst, "plain")
	println(string(s.b), string(dst.b))
}

// CHECK: 7 nil copy me
// CHECK-NEXT: 4 nil 0123
// CHECK-NEXT: 2 EOF 0123ab
// CHECK-NEXT: 13 nil one,two,three
// CHECK-NEXT: 4 nil both both
// CHECK-NEXT: 3 nil <str> bothstr
// CHECK-NEXT: 0 disk full
// CHECK-NEXT: 2 short write
// CHECK-NEXT: 2 short write
// CHECK-NEXT: teed nil teed
// CHECK-NEXT: 15 nil
// CHECK-NEXT: 3 nil
// CHECK-NEXT: nop true
// CHECK-NEXT: <hi> one,two,threeplain
