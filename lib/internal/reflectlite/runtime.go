package reflectlite

import "unsafe"

// Hooks implemented by runtime/reflectlite.cpp.

// unsafe_New allocates a zeroed value of type t.
func unsafe_New(t *Type) unsafe.Pointer

// typedmemmove copies a value of type t from src to dst.
func typedmemmove(t *Type, dst, src unsafe.Pointer)

// mapiterinit starts iterating map m (a map value word) of type t into it.
func mapiterinit(t *Type, m unsafe.Pointer, it *mapIter)

// mapiternext advances it; it.key == nil afterwards means the end.
func mapiternext(it *mapIter)

// mapaccess returns the address of m[*key], or nil if the key is absent.
func mapaccess(t *Type, m unsafe.Pointer, key unsafe.Pointer) unsafe.Pointer

// implements reports whether type t satisfies interface type inter.
func implements(inter, t *Type) bool

// mapIter mirrors abi::MapIter (128 bytes); the runtime owns all but
// the first two words.
type mapIter struct {
	key    unsafe.Pointer
	elem   unsafe.Pointer
	opaque [14]unsafe.Pointer
}
