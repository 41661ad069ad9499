// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// errors.New, Unwrap and Is: identity of New's values, chains of wrappers,
// a custom Is method, nil targets, and an uncomparable target type (no
// panic: Is only compares comparable targets).

package main

import "errors"

type wrapErr struct {
	msg string
	err error
}

func (w *wrapErr) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapErr) Unwrap() error { return w.err }

type codeErr struct{ code int }

func (c codeErr) Error() string { return "code" }
func (c codeErr) Is(target error) bool {
	t, ok := target.(codeErr)
	return ok && (t.code == 0 || t.code == c.code)
}

type sliceErr []string

func (s sliceErr) Error() string { return "slice" }

func main() {
	a := errors.New("boom")
	b := errors.New("boom")
	println(a.Error(), a == b, errors.Is(a, b), errors.Is(a, a))

	w1 := &wrapErr{"outer", &wrapErr{"inner", a}}
	println(w1.Error())
	println(errors.Unwrap(w1) != nil, errors.Unwrap(errors.Unwrap(w1)) == a, errors.Unwrap(a) == nil)
	println(errors.Is(w1, a), errors.Is(w1, b))

	var nilErr error
	println(errors.Is(nil, nil), errors.Is(nilErr, a), errors.Is(a, nil))

	c := &wrapErr{"ctx", codeErr{7}}
	println(errors.Is(c, codeErr{7}), errors.Is(c, codeErr{0}), errors.Is(c, codeErr{8}))

	s := sliceErr{"x"}
	println(errors.Is(s, sliceErr{"x"}), errors.Is(&wrapErr{"w", s}, a))
}

// CHECK: boom false false true
// CHECK-NEXT: outer: inner: boom
// CHECK-NEXT: true true true
// CHECK-NEXT: true false
// CHECK-NEXT: true false false
// CHECK-NEXT: true true false
// CHECK-NEXT: false false
