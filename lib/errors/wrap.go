package errors

// Implemented by the runtime (runtime/errors.cpp).

// runtime_comparable reports whether the dynamic type of x supports ==.
func runtime_comparable(x any) bool

// runtime_asTarget checks As's target: 0 if it is a non-nil pointer to an
// interface type or to a type implementing error; 1 if it is not a
// non-nil pointer; 2 if the pointed-to type is neither.
func runtime_asTarget(target any) int

// runtime_assignTo stores err into *target and reports true if err's
// dynamic type is assignable to the type target points to.
func runtime_assignTo(err error, target any) bool

// Unwrap returns the result of calling the Unwrap method on err, if err's
// type contains an Unwrap method returning error.
// Otherwise, Unwrap returns nil.
func Unwrap(err error) error {
	u, ok := err.(interface {
		Unwrap() error
	})
	if !ok {
		return nil
	}
	return u.Unwrap()
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
		return err == target
	}
	comparable := runtime_comparable(target)
	for {
		if comparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		// Unwrap the next error; stop at the end of the chain.
		if err = Unwrap(err); err == nil {
			return false
		}
	}
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
	switch runtime_asTarget(target) {
	case 1:
		panic("errors: target must be a non-nil pointer")
	case 2:
		panic("errors: *target must be interface or implement error")
	}
	for err != nil {
		if runtime_assignTo(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}
