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

// New returns an error that formats as the given text.
// Each call to New returns a distinct error value even if the text is identical.
func New(text string) error {
	return &errorString{text}
}

// errorString is a trivial implementation of error.
type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}
