// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// fmt: Errorf and %w in Go 1.19: one %w wraps (Unwrap, errors.Is/As),
// a second %w or a non-error operand gives %!w and no wrapping; %w
// outside Errorf is a bad verb.

package main

import (
	"errors"
	"fmt"
	"io"
)

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func main() {
	base := &myErr{7}
	e1 := fmt.Errorf("op failed: %w", base)
	fmt.Println(e1, errors.Unwrap(e1) == base, errors.Is(e1, base))
	fmt.Printf("%T\n", e1)
	var target *myErr
	fmt.Println(errors.As(e1, &target), target.code)
	e2 := fmt.Errorf("outer: %w", e1)
	fmt.Println(e2, errors.Is(e2, base), errors.Unwrap(errors.Unwrap(e2)) == base)
	e3 := fmt.Errorf("%w and %w", io.EOF, base)
	fmt.Printf("%v|%T|%v\n", e3, e3, errors.Unwrap(e3))
	e4 := fmt.Errorf("bad: %w", "text")
	fmt.Printf("%v|%T\n", e4, e4)
	e5 := fmt.Errorf("nil: %w", nil)
	fmt.Printf("%v|%v\n", e5, errors.Unwrap(e5))
	e6 := fmt.Errorf("plain %d", 5)
	fmt.Printf("%v|%T|%v\n", e6, e6, errors.Unwrap(e6))
	fmt.Println(fmt.Sprintf("%w", io.EOF))
	e7 := fmt.Errorf("%[2]w %[1]d", 1, io.EOF)
	fmt.Println(e7, errors.Is(e7, io.EOF))
	e8 := fmt.Errorf("%+v %#w", io.ErrUnexpectedEOF, io.EOF)
	fmt.Println(e8, errors.Is(e8, io.EOF))
	fmt.Printf("%v %s %q %x\n", base, base, base, base)
}

// CHECK: op failed: code 7 true true
// CHECK-NEXT: *fmt.wrapError
// CHECK-NEXT: true 7
// CHECK-NEXT: outer: op failed: code 7 true true
// CHECK-NEXT: EOF and %!w(*main.myErr=&{7})|*errors.errorString|<nil>
// CHECK-NEXT: bad: %!w(string=text)|*errors.errorString
// CHECK-NEXT: nil: %!w(<nil>)|<nil>
// CHECK-NEXT: plain 5|*errors.errorString|<nil>
// CHECK-NEXT: %!w(*errors.errorString=&{EOF})
// CHECK-NEXT: EOF 1 true
// CHECK-NEXT: unexpected EOF EOF true
// CHECK-NEXT: code 7 code 7 "code 7" 636f64652037
