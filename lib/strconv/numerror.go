// This file implements the error values strconv reports.

package strconv

import "errors"

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ParseComplex)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// ownCopy returns s in fresh memory, so that a *NumError kept by the caller
// does not pin a large buffer that s was sliced from.
func ownCopy(s string) string {
	return string([]byte(s))
}

func failSyntax(fn, input string) *NumError {
	return &NumError{Func: fn, Num: ownCopy(input), Err: ErrSyntax}
}

func failRange(fn, input string) *NumError {
	return &NumError{Func: fn, Num: ownCopy(input), Err: ErrRange}
}

func failBase(fn, input string, base int) *NumError {
	return &NumError{Func: fn, Num: ownCopy(input), Err: errors.New("invalid base " + Itoa(base))}
}

func failBitSize(fn, input string, bitSize int) *NumError {
	return &NumError{Func: fn, Num: ownCopy(input), Err: errors.New("invalid bit size " + Itoa(bitSize))}
}
