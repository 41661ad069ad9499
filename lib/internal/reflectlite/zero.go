// This file implements Zero and NewElem, the two ways to make a fresh
// value of a type known only at run time (flag.PrintDefaults needs them to
// ask a Value's type for its zero text).

package reflectlite

// Zero returns a Value holding the zero value of type t.
func Zero(t *Type) Value { return Value{t, unsafe_New(t), 0} }

// NewElem returns a Value of pointer type t that points at a new zero
// value of t's element type: reflect.New(t.Elem()), for the case where
// the pointer type is at hand (reflectlite cannot derive *T from T).
func NewElem(t *Type) Value {
	if t.Kind() != Pointer {
		panic(&ValueError{"NewElem", t.Kind()})
	}
	return Value{t, unsafe_New(t.Elem()), bitWord}
}
