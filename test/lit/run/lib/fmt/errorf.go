// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// fmt: Errorf builds errors; %w wraps (Unwrap, errors.Is, errors.As work
// through it), a second %w or a non-error operand is %!w(...), and %w
// outside Errorf is a bad verb.

package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type PathErr struct{ Path string }

func (e *PathErr) Error() string { return "path " + e.Path }

func main() {
	e1 := fmt.Errorf("open %q: %d", "f.txt", 2)
	fmt.Println(e1, errors.Unwrap(e1) == nil)
	fmt.Printf("%T %v %s %q\n", e1, e1, e1, e1)
	e2 := fmt.Errorf("lookup: %w", ErrNotFound)
	fmt.Println(e2, errors.Unwrap(e2) == ErrNotFound, errors.Is(e2, ErrNotFound))
	fmt.Printf("%T\n", e2)
	e3 := fmt.Errorf("layer 2: %w", e2)
	fmt.Println(e3, errors.Is(e3, ErrNotFound), errors.Unwrap(errors.Unwrap(e3)) == ErrNotFound)
	e4 := fmt.Errorf("wrapped: %w", &PathErr{"/tmp"})
	var pe *PathErr
	fmt.Println(errors.As(e4, &pe), pe.Path)
	fmt.Println(fmt.Errorf("two: %w %w", ErrNotFound, e1))
	fmt.Println(fmt.Errorf("not an error: %w", "str"))
	fmt.Println(fmt.Errorf("nil: %w", nil))
	fmt.Println(fmt.Errorf("%v and %w", ErrNotFound, ErrNotFound))
	fmt.Println(fmt.Errorf("%+w|%10w|", ErrNotFound))
	fmt.Println(fmt.Sprintf("%w", ErrNotFound))
	fmt.Println(fmt.Errorf("plain"), fmt.Errorf(""))
	err := fmt.Errorf("code %d", 42)
	var target *PathErr
	fmt.Println(errors.As(err, &target), errors.Is(err, err))
	fmt.Printf("%v|%+v|%#v\n", fmt.Errorf("x"), []error{fmt.Errorf("y")}, struct{ E error }{nil})
}

// CHECK: open "f.txt": 2 true
// CHECK-NEXT: *errors.errorString open "f.txt": 2 open "f.txt": 2 "open \"f.txt\": 2"
// CHECK-NEXT: lookup: not found true true
// CHECK-NEXT: *fmt.wrapError
// CHECK-NEXT: layer 2: lookup: not found true true
// CHECK-NEXT: true /tmp
// CHECK-NEXT: two: not found %!w(*errors.errorString=&{open "f.txt": 2})
// CHECK-NEXT: not an error: %!w(string=str)
// CHECK-NEXT: nil: %!w(<nil>)
// CHECK-NEXT: not found and not found
// CHECK-NEXT: not found|%!w(MISSING)|
// CHECK-NEXT: %!w(*errors.errorString=&{not found})
// CHECK-NEXT: plain 
// CHECK-NEXT: false true
// CHECK-NEXT: x|[y]|struct { E error }{E:error(nil)}
