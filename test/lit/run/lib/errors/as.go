// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// errors.As: pointer and value targets, interface targets, a custom As
// method, no match, and the panics for invalid targets.

package main

import "errors"

type pathErr struct{ path string }

func (p *pathErr) Error() string { return "path " + p.path }

type valErr struct{ n int }

func (v valErr) Error() string { return "val" }

type wrapErr struct{ err error }

func (w wrapErr) Error() string { return "wrap(" + w.err.Error() + ")" }
func (w wrapErr) Unwrap() error { return w.err }

type temporary interface{ Temporary() bool }

type tempErr struct{}

func (tempErr) Error() string   { return "temp" }
func (tempErr) Temporary() bool { return true }

type asErr struct{}

func (asErr) Error() string { return "as" }
func (asErr) As(target any) bool {
	if p, ok := target.(*valErr); ok {
		p.n = 99
		return true
	}
	return false
}

func tryAs(target any) {
	defer func() { println("panic:", recover().(string)) }()
	errors.As(errors.New("x"), target)
}

func main() {
	err := wrapErr{wrapErr{&pathErr{"/tmp"}}}
	var pe *pathErr
	println(errors.As(err, &pe), pe.path)

	var ve valErr
	println(errors.As(wrapErr{valErr{5}}, &ve), ve.n)
	println(errors.As(err, &ve), ve.n)

	var tmp temporary
	println(errors.As(wrapErr{tempErr{}}, &tmp), tmp != nil && tmp.Temporary())
	println(errors.As(err, &tmp))

	var e error
	println(errors.As(err, &e), e.Error())
	var anyv any
	println(errors.As(valErr{3}, &anyv), anyv.(valErr).n)

	println(errors.As(wrapErr{asErr{}}, &ve), ve.n)
	println(errors.As(nil, &ve))

	tryAs(nil)
	tryAs(pe)
	var nilp *pathErr
	tryAs(nilp)
	tryAs(&ve.n)
}

// CHECK: true /tmp
// CHECK-NEXT: true 5
// CHECK-NEXT: false 5
// CHECK-NEXT: true true
// CHECK-NEXT: false
// CHECK-NEXT: true wrap(wrap(path /tmp))
// CHECK-NEXT: true 3
// CHECK-NEXT: true 99
// CHECK-NEXT: false
// CHECK-NEXT: panic: errors: target cannot be nil
// CHECK-NEXT: panic: errors: *target must be interface or implement error
// CHECK-NEXT: panic: errors: target must be a non-nil pointer
// CHECK-NEXT: panic: errors: *target must be interface or implement error
