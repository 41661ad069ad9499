package atomic

import "unsafe"

// A Value provides an atomic load and store of a consistently typed value.
// The zero value for a Value returns nil from Load.
// Once Store has been called, a Value must not be copied.
//
// golite's Value holds a pointer to an immutable box with the interface
// value, so that the two words of the interface change together with one
// pointer store (Go instead pins the P and stores the type word last).
type Value struct {
	v unsafe.Pointer // *valueBox
}

type valueBox struct {
	val any
}

// typeWord returns the dynamic type word of an interface value (an empty
// interface is {type, data} in golite as in Go).
func typeWord(x *any) unsafe.Pointer {
	return (*[2]unsafe.Pointer)(unsafe.Pointer(x))[0]
}

// Load returns the value set by the most recent Store.
// It returns nil if there has been no call to Store for this Value.
func (v *Value) Load() (val any) {
	p := LoadPointer(&v.v)
	if p == nil {
		return nil
	}
	return (*valueBox)(p).val
}

// Store sets the value of the Value v to val.
// All calls to Store for a given Value must use values of the same concrete type.
// Store of an inconsistent type panics, as does Store(nil).
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	b := &valueBox{val}
	for {
		p := LoadPointer(&v.v)
		if p == nil {
			if CompareAndSwapPointer(&v.v, nil, unsafe.Pointer(b)) {
				return
			}
			continue
		}
		if typeWord(&(*valueBox)(p).val) != typeWord(&val) {
			panic("sync/atomic: store of inconsistently typed value into Value")
		}
		StorePointer(&v.v, unsafe.Pointer(b))
		return
	}
}

// Swap stores new into Value and returns the previous value. It returns nil if
// the Value is empty.
//
// All calls to Swap for a given Value must use values of the same concrete
// type. Swap of an inconsistent type panics, as does Swap(nil).
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	b := &valueBox{new}
	for {
		p := LoadPointer(&v.v)
		if p == nil {
			if CompareAndSwapPointer(&v.v, nil, unsafe.Pointer(b)) {
				return nil
			}
			continue
		}
		if typeWord(&(*valueBox)(p).val) != typeWord(&new) {
			panic("sync/atomic: swap of inconsistently typed value into Value")
		}
		if CompareAndSwapPointer(&v.v, p, unsafe.Pointer(b)) {
			return (*valueBox)(p).val
		}
	}
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
//
// All calls to CompareAndSwap for a given Value must use values of the same
// concrete type. CompareAndSwap of an inconsistent type panics, as does
// CompareAndSwap(old, nil).
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && typeWord(&old) != typeWord(&new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	b := &valueBox{new}
	for {
		p := LoadPointer(&v.v)
		if p == nil {
			if old != nil {
				return false
			}
			if CompareAndSwapPointer(&v.v, nil, unsafe.Pointer(b)) {
				return true
			}
			continue
		}
		cur := (*valueBox)(p).val
		if typeWord(&cur) != typeWord(&new) {
			panic("sync/atomic: compare and swap of inconsistently typed value into Value")
		}
		// Compare the current value with old, which panics for
		// incomparable types, as in Go.
		if cur != old {
			return false
		}
		return CompareAndSwapPointer(&v.v, p, unsafe.Pointer(b))
	}
}
