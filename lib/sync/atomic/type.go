// This file implements the typed atomic values of Go 1.19 (Bool, Int32,
// Int64, Uint32, Uint64, Uintptr) on top of the function API in doc.go.
// Go 1.19's generic Pointer[T] needs generics, which golite leaves out.

package atomic

// noCopy marks a value that must not be copied after first use (go vet's
// copylocks check looks for Lock/Unlock methods).
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// A Bool is an atomic boolean value. The zero value is false.
// It is kept as a uint32 holding 0 or 1.
type Bool struct {
	_    noCopy
	word uint32
}

// boolWord maps false to 0 and true to 1.
func boolWord(b bool) (w uint32) {
	if b {
		w = 1
	}
	return
}

// Load atomically loads and returns the value stored in x.
func (b *Bool) Load() bool { return LoadUint32(&b.word) == 1 }

// Store atomically stores val into x.
func (b *Bool) Store(val bool) { StoreUint32(&b.word, boolWord(val)) }

// Swap atomically stores new into x and returns the previous value.
func (b *Bool) Swap(new bool) (old bool) { return SwapUint32(&b.word, boolWord(new)) == 1 }

// CompareAndSwap executes the compare-and-swap operation for the boolean value x.
func (b *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	return CompareAndSwapUint32(&b.word, boolWord(old), boolWord(new))
}

// An Int32 is an atomic int32. The zero value is zero.
type Int32 struct {
	_   noCopy
	val int32
}

// Load atomically loads and returns the value stored in x.
func (i *Int32) Load() int32 { return LoadInt32(&i.val) }

// Store atomically stores val into x.
func (i *Int32) Store(val int32) { StoreInt32(&i.val, val) }

// Swap atomically stores new into x and returns the previous value.
func (i *Int32) Swap(new int32) (old int32) { return SwapInt32(&i.val, new) }

// CompareAndSwap executes the compare-and-swap operation for x.
func (i *Int32) CompareAndSwap(old, new int32) (swapped bool) {
	return CompareAndSwapInt32(&i.val, old, new)
}

// Add atomically adds delta to x and returns the new value.
func (i *Int32) Add(delta int32) (new int32) { return AddInt32(&i.val, delta) }

// An Int64 is an atomic int64. The zero value is zero.
type Int64 struct {
	_   noCopy
	val int64
}

// Load atomically loads and returns the value stored in x.
func (i *Int64) Load() int64 { return LoadInt64(&i.val) }

// Store atomically stores val into x.
func (i *Int64) Store(val int64) { StoreInt64(&i.val, val) }

// Swap atomically stores new into x and returns the previous value.
func (i *Int64) Swap(new int64) (old int64) { return SwapInt64(&i.val, new) }

// CompareAndSwap executes the compare-and-swap operation for x.
func (i *Int64) CompareAndSwap(old, new int64) (swapped bool) {
	return CompareAndSwapInt64(&i.val, old, new)
}

// Add atomically adds delta to x and returns the new value.
func (i *Int64) Add(delta int64) (new int64) { return AddInt64(&i.val, delta) }

// An Uint32 is an atomic uint32. The zero value is zero.
type Uint32 struct {
	_   noCopy
	val uint32
}

// Load atomically loads and returns the value stored in x.
func (u *Uint32) Load() uint32 { return LoadUint32(&u.val) }

// Store atomically stores val into x.
func (u *Uint32) Store(val uint32) { StoreUint32(&u.val, val) }

// Swap atomically stores new into x and returns the previous value.
func (u *Uint32) Swap(new uint32) (old uint32) { return SwapUint32(&u.val, new) }

// CompareAndSwap executes the compare-and-swap operation for x.
func (u *Uint32) CompareAndSwap(old, new uint32) (swapped bool) {
	return CompareAndSwapUint32(&u.val, old, new)
}

// Add atomically adds delta to x and returns the new value.
func (u *Uint32) Add(delta uint32) (new uint32) { return AddUint32(&u.val, delta) }

// An Uint64 is an atomic uint64. The zero value is zero.
type Uint64 struct {
	_   noCopy
	val uint64
}

// Load atomically loads and returns the value stored in x.
func (u *Uint64) Load() uint64 { return LoadUint64(&u.val) }

// Store atomically stores val into x.
func (u *Uint64) Store(val uint64) { StoreUint64(&u.val, val) }

// Swap atomically stores new into x and returns the previous value.
func (u *Uint64) Swap(new uint64) (old uint64) { return SwapUint64(&u.val, new) }

// CompareAndSwap executes the compare-and-swap operation for x.
func (u *Uint64) CompareAndSwap(old, new uint64) (swapped bool) {
	return CompareAndSwapUint64(&u.val, old, new)
}

// Add atomically adds delta to x and returns the new value.
func (u *Uint64) Add(delta uint64) (new uint64) { return AddUint64(&u.val, delta) }

// An Uintptr is an atomic uintptr. The zero value is zero.
type Uintptr struct {
	_   noCopy
	val uintptr
}

// Load atomically loads and returns the value stored in x.
func (u *Uintptr) Load() uintptr { return LoadUintptr(&u.val) }

// Store atomically stores val into x.
func (u *Uintptr) Store(val uintptr) { StoreUintptr(&u.val, val) }

// Swap atomically stores new into x and returns the previous value.
func (u *Uintptr) Swap(new uintptr) (old uintptr) { return SwapUintptr(&u.val, new) }

// CompareAndSwap executes the compare-and-swap operation for x.
func (u *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool) {
	return CompareAndSwapUintptr(&u.val, old, new)
}

// Add atomically adds delta to x and returns the new value.
func (u *Uintptr) Add(delta uintptr) (new uintptr) { return AddUintptr(&u.val, delta) }
