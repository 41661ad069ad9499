// This file implements the walks along an error's Unwrap chain: Unwrap,
// Is and As.

package errors

// Hooks implemented by the runtime (runtime/errors.cpp).

// runtime_comparable reports whether the dynamic type of x supports ==.
func runtime_comparable(x any) bool

// runtime_asTarget checks As's target: 0 if it is a non-nil pointer to an
// interface type or to a type implementing error; 1 if it is not a
// non-nil pointer; 2 if the pointed-to type is neither.
func runtime_asTarget(target any) int

// runtime_assignTo stores err into *target and reports true if err's
// dynamic type is assignable to the type target points to.
func runtime_assignTo(err error, target any) bool

// The optional methods an error in a chain may provide.
type (
	unwrapper interface{ Unwrap() error }
	isMatcher interface{ Is(error) bool }
	asMatcher interface{ As(any) bool }
)

// Unwrap returns the result of calling the Unwrap method on err, if err's
// type contains an Unwrap method returning error.
// Otherwise, Unwrap returns nil.
func Unwrap(err error) error {
	if w, has := err.(unwrapper); has {
		return w.Unwrap()
	}
	return nil
}

// Is reports whether any error in err's chain matches target.
//
// The chain consists of err itself followed by the sequence of errors
// obtained by repeatedly calling Unwrap.
//
// An error is considered to match a target if it is equal to that target or
// if it implements a method Is(error) bool such that Is(target) returns true.
func Is(err, target error) bool {
	if target == nil {
		// Only a nil err matches a nil target.
		return err == nil
	}
	// Comparing with == panics for uncomparable dynamic types, so the
	// equality test is done only when the target allows it.
	canCompare := runtime_comparable(target)
	for e := err; e != nil; e = Unwrap(e) {
		if canCompare && e == target {
			return true
		}
		m, has := e.(isMatcher)
		if has && m.Is(target) {
			return true
		}
	}
	return false
}

// As finds the first error in err's chain that matches target, and if one
// is found, sets target to that error value and returns true. Otherwise, it
// returns false.
//
// An error matches target if the error's concrete value is assignable to
// the value pointed to by target, or if the error has a method
// As(interface{}) bool such that As(target) returns true.
//
// As panics if target is not a non-nil pointer to either a type that
// implements error, or to any interface type.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	if verdict := runtime_asTarget(target); verdict == 1 {
		panic("errors: target must be a non-nil pointer")
	} else if verdict == 2 {
		panic("errors: *target must be interface or implement error")
	}
	for e := err; e != nil; e = Unwrap(e) {
		if runtime_assignTo(e, target) {
			return true
		}
		m, has := e.(asMatcher)
		if has && m.As(target) {
			return true
		}
	}
	return false
}
