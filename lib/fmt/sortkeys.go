package fmt

import (
	rl "internal/reflectlite"
)

// Maps print in key order so that output is deterministic. The order:
// numbers and strings ascending (NaN before every other float), false
// before true, pointers and channels by address, complex numbers by real
// then imaginary part, arrays and structs element by element, and
// interfaces by dynamic type (nil first) and then value. Equal keys keep
// their iteration order.

// keyOrder compares two map keys of the same type: -1, 0 or +1.
func keyOrder(a, b rl.Value) int {
	switch a.Kind() {
	case rl.Int, rl.Int8, rl.Int16, rl.Int32, rl.Int64:
		x, y := a.Int(), b.Int()
		return sign(x < y, x > y)
	case rl.Uint, rl.Uint8, rl.Uint16, rl.Uint32, rl.Uint64, rl.Uintptr:
		x, y := a.Uint(), b.Uint()
		return sign(x < y, x > y)
	case rl.String:
		x, y := a.String(), b.String()
		return sign(x < y, x > y)
	case rl.Float32, rl.Float64:
		return floatOrder(a.Float(), b.Float())
	case rl.Complex64, rl.Complex128:
		x, y := a.Complex(), b.Complex()
		if c := floatOrder(real(x), real(y)); c != 0 {
			return c
		}
		return floatOrder(imag(x), imag(y))
	case rl.Bool:
		x, y := a.Bool(), b.Bool()
		return sign(!x && y, x && !y)
	case rl.Pointer, rl.UnsafePointer, rl.Chan:
		x, y := a.Pointer(), b.Pointer()
		return sign(x < y, x > y)
	case rl.Struct:
		for i, n := 0, a.NumField(); i < n; i++ {
			if c := keyOrder(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
		return 0
	case rl.Array:
		for i, n := 0, a.Len(); i < n; i++ {
			if c := keyOrder(a.Index(i), b.Index(i)); c != 0 {
				return c
			}
		}
		return 0
	case rl.Interface:
		x, y := a.Elem(), b.Elem()
		if !x.IsValid() || !y.IsValid() {
			return sign(!x.IsValid() && y.IsValid(), x.IsValid() && !y.IsValid())
		}
		tx, ty := typeAddr(x.Type()), typeAddr(y.Type())
		if tx != ty {
			return sign(tx < ty, tx > ty)
		}
		return keyOrder(x, y)
	}
	panic("fmt: map key of unorderable type " + a.Type().String())
}

func typeAddr(t *rl.Type) uintptr {
	return rl.ValueOf(t).Pointer()
}

func sign(less, greater bool) int {
	if less {
		return -1
	}
	if greater {
		return 1
	}
	return 0
}

// floatOrder orders floats with NaNs first (and equal to each other).
func floatOrder(x, y float64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	case x == y:
		return 0
	}
	xNaN, yNaN := x != x, y != y
	return sign(xNaN && !yNaN, !xNaN && yNaN)
}

// sortEntries sorts keys (and elems alongside) with a stable merge sort.
func sortEntries(keys, elems []rl.Value) {
	n := len(keys)
	if n < 2 {
		return
	}
	// Short runs by insertion sort, then merge runs of doubling width.
	const run = 8
	for lo := 0; lo < n; lo += run {
		hi := lo + run
		if hi > n {
			hi = n
		}
		for i := lo + 1; i < hi; i++ {
			for j := i; j > lo && keyOrder(keys[j], keys[j-1]) < 0; j-- {
				keys[j], keys[j-1] = keys[j-1], keys[j]
				elems[j], elems[j-1] = elems[j-1], elems[j]
			}
		}
	}
	if n <= run {
		return
	}
	origK, origE := keys, elems
	tk := make([]rl.Value, n)
	te := make([]rl.Value, n)
	for width := run; width < n; width *= 2 {
		for lo := 0; lo < n; lo += 2 * width {
			mid, hi := lo+width, lo+2*width
			if mid > n {
				mid = n
			}
			if hi > n {
				hi = n
			}
			i, j, o := lo, mid, lo
			for i < mid && j < hi {
				if keyOrder(keys[j], keys[i]) < 0 {
					tk[o], te[o] = keys[j], elems[j]
					j++
				} else {
					tk[o], te[o] = keys[i], elems[i]
					i++
				}
				o++
			}
			for ; i < mid; i, o = i+1, o+1 {
				tk[o], te[o] = keys[i], elems[i]
			}
			for ; j < hi; j, o = j+1, o+1 {
				tk[o], te[o] = keys[j], elems[j]
			}
		}
		keys, tk = tk, keys
		elems, te = te, elems
	}
	// After an odd number of passes the result sits in the scratch slices.
	if &keys[0] != &origK[0] {
		copy(origK, keys)
		copy(origE, elems)
	}
}
