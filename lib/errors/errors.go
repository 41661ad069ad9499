// Package errors implements functions to manipulate errors (Go 1.19's API).
//
// New creates errors whose only content is a text message.
//
// An error e wraps another error if e's type has the method
//
//	Unwrap() error
//
// If e.Unwrap() returns a non-nil error w, then we say that e wraps w.
// Is unwraps its first argument sequentially looking for an error that
// matches the second; As looks for an error assignable to the type its
// second argument points to.
//
// The type questions Is and As must answer (is a dynamic type comparable,
// is it assignable to another type) are answered by the runtime from the
// type descriptors (runtime/errors.cpp), since golite has no reflect.
package errors

// errorString is the error New hands out: a pointer, so that two calls with
// the same text give errors that compare unequal. The type's name is
// observable (fmt's %T prints *errors.errorString) and is Go's.
type errorString struct {
	msg string
}

// Error returns the message given to New.
func (p *errorString) Error() string { return p.msg }

// New returns an error that formats as the given text.
// Each call to New returns a distinct error value even if the text is identical.
func New(text string) error {
	e := new(errorString)
	e.msg = text
	return e
}
