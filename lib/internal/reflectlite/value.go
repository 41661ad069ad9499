package reflectlite

import "unsafe"

// Value is a typed view of some memory: ptr addresses the value, except
// for a pointer-shaped value taken out of an interface (bitWord), where
// ptr is the value itself; word() reads pointer-shaped values either way.
type Value struct {
	typ  *Type
	ptr  unsafe.Pointer
	bits valueBits
}

type valueBits uint8

const (
	// bitHidden marks values reached through unexported struct fields:
	// they may be read but not handed out as interfaces.
	bitHidden valueBits = 1 << iota
	// bitWord: ptr holds the pointer-shaped value itself.
	bitWord
)

// word returns the value of a pointer-shaped kind.
func (v Value) word() unsafe.Pointer {
	if v.bits&bitWord != 0 {
		return v.ptr
	}
	return *(*unsafe.Pointer)(v.ptr)
}

// addr returns the address of v's memory, boxing a bitWord value.
func (v Value) addr() unsafe.Pointer {
	if v.bits&bitWord != 0 {
		cell := new(unsafe.Pointer)
		*cell = v.ptr
		return unsafe.Pointer(cell)
	}
	return v.ptr
}

// ValueError is the panic value of a method used on the wrong kind.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == Invalid {
		return "reflectlite: call of " + e.Method + " on zero Value"
	}
	return "reflectlite: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

func (v Value) need(method string, kinds ...Kind) {
	k := v.Kind()
	for _, want := range kinds {
		if k == want {
			return
		}
	}
	panic(&ValueError{method, k})
}

// ValueOf returns a Value holding the dynamic value of i; the zero Value
// for a nil interface.
func ValueOf(i any) Value {
	e := (*eface)(unsafe.Pointer(&i))
	return fromEface(e.typ, e.word, 0)
}

func fromEface(t *Type, word unsafe.Pointer, bits valueBits) Value {
	if t == nil {
		return Value{}
	}
	if t.kind&kindDirectIface != 0 {
		switch t.Kind() {
		case Pointer, Map, Chan, Func, UnsafePointer:
			return Value{t, word, bits | bitWord}
		}
		cell := new(unsafe.Pointer)
		*cell = word
		return Value{t, unsafe.Pointer(cell), bits}
	}
	return Value{t, word, bits}
}

// ValueAt views the memory at p as a value of type t.
func ValueAt(t *Type, p unsafe.Pointer) Value { return Value{t, p, 0} }

// IsValid reports whether v holds a value (the zero Value does not).
func (v Value) IsValid() bool { return v.typ != nil }

// Kind is the kind of v's type, Invalid for the zero Value.
func (v Value) Kind() Kind { return v.typ.Kind() }

// Type is v's type (nil for the zero Value).
func (v Value) Type() *Type { return v.typ }

// UnsafeAddr is the address of the memory v views (for a pointer-shaped
// value that came out of an interface, of a copy).
func (v Value) UnsafeAddr() unsafe.Pointer { return v.addr() }

// CanInterface reports whether Interface may be used: false for values
// reached through unexported fields.
func (v Value) CanInterface() bool { return v.typ != nil && v.bits&bitHidden == 0 }

// Interface returns v's value as an interface{} (a copy for indirect kinds).
func (v Value) Interface() any {
	if v.typ == nil {
		panic(&ValueError{"Interface", Invalid})
	}
	if v.bits&bitHidden != 0 {
		panic("reflectlite: Interface of a value obtained through an unexported field")
	}
	if v.bits&bitWord != 0 {
		var i any
		e := (*eface)(unsafe.Pointer(&i))
		e.typ, e.word = v.typ, v.ptr
		return i
	}
	return packEface(v.typ, v.ptr)
}

func packEface(t *Type, p unsafe.Pointer) any {
	var i any
	e := (*eface)(unsafe.Pointer(&i))
	if t.kind&kindDirectIface != 0 {
		e.word = *(*unsafe.Pointer)(p)
	} else if t.Kind() == Interface {
		// An interface-typed value is already an interface.
		return ifaceValue(t, p)
	} else {
		c := unsafe_New(t)
		typedmemmove(t, c, p)
		e.word = c
	}
	e.typ = t
	return i
}

// ifaceValue reads the interface value of interface type t stored at p.
func ifaceValue(t *Type, p unsafe.Pointer) any {
	w := (*[2]unsafe.Pointer)(p)
	var i any
	if w[0] == nil {
		return i
	}
	e := (*eface)(unsafe.Pointer(&i))
	if t.nfields == 0 {
		e.typ = (*Type)(w[0])
	} else {
		// abi::Itab: {inter, type, ...}
		e.typ = (*[2]*Type)(w[0])[1]
	}
	e.word = w[1]
	return i
}

// Bool returns a bool value.
func (v Value) Bool() bool {
	v.need("Bool", Bool)
	return *(*bool)(v.ptr)
}

// Int returns the value of any signed integer kind.
func (v Value) Int() int64 {
	switch v.Kind() {
	case Int:
		return int64(*(*int)(v.ptr))
	case Int8:
		return int64(*(*int8)(v.ptr))
	case Int16:
		return int64(*(*int16)(v.ptr))
	case Int32:
		return int64(*(*int32)(v.ptr))
	case Int64:
		return *(*int64)(v.ptr)
	}
	panic(&ValueError{"Int", v.Kind()})
}

// Uint returns the value of any unsigned integer kind.
func (v Value) Uint() uint64 {
	switch v.Kind() {
	case Uint:
		return uint64(*(*uint)(v.ptr))
	case Uint8:
		return uint64(*(*uint8)(v.ptr))
	case Uint16:
		return uint64(*(*uint16)(v.ptr))
	case Uint32:
		return uint64(*(*uint32)(v.ptr))
	case Uint64:
		return *(*uint64)(v.ptr)
	case Uintptr:
		return uint64(*(*uintptr)(v.ptr))
	}
	panic(&ValueError{"Uint", v.Kind()})
}

// Float returns a float32 or float64 value.
func (v Value) Float() float64 {
	switch v.Kind() {
	case Float32:
		return float64(*(*float32)(v.ptr))
	case Float64:
		return *(*float64)(v.ptr)
	}
	panic(&ValueError{"Float", v.Kind()})
}

// Complex returns a complex64 or complex128 value.
func (v Value) Complex() complex128 {
	switch v.Kind() {
	case Complex64:
		return complex128(*(*complex64)(v.ptr))
	case Complex128:
		return *(*complex128)(v.ptr)
	}
	panic(&ValueError{"Complex", v.Kind()})
}

// String returns a string value; other kinds give "<T Value>".
func (v Value) String() string {
	if v.Kind() == String {
		return *(*string)(v.ptr)
	}
	if v.typ == nil {
		return "<invalid Value>"
	}
	return "<" + v.typ.String() + " Value>"
}

// Bytes returns a []byte value (its own backing array, not a copy).
func (v Value) Bytes() []byte {
	if v.Kind() == Slice && v.typ.elem.Kind() == Uint8 {
		return *(*[]byte)(v.ptr)
	}
	panic(&ValueError{"Bytes", v.Kind()})
}

// Len is the length of an array, chan, map, slice or string.
func (v Value) Len() int {
	switch v.Kind() {
	case Array:
		return int(v.typ.len)
	case Slice:
		return (*sliceHeader)(v.ptr).len
	case String:
		return len(*(*string)(v.ptr))
	case Map, Chan:
		p := v.word()
		if p == nil {
			return 0
		}
		// Both headers begin with the element count.
		return *(*int)(p)
	}
	panic(&ValueError{"Len", v.Kind()})
}

type sliceHeader struct {
	data unsafe.Pointer
	len  int
	cap  int
}

// Index returns element i of an array, slice or string.
func (v Value) Index(i int) Value {
	switch v.Kind() {
	case Array:
		if uint(i) >= uint(v.typ.len) {
			panic("reflectlite: array index out of range")
		}
		et := v.typ.elem
		return Value{et, unsafe.Add(v.ptr, uintptr(i)*et.size), v.bits}
	case Slice:
		h := (*sliceHeader)(v.ptr)
		if uint(i) >= uint(h.len) {
			panic("reflectlite: slice index out of range")
		}
		et := v.typ.elem
		return Value{et, unsafe.Add(h.data, uintptr(i)*et.size), v.bits}
	case String:
		s := *(*string)(v.ptr)
		b := new(byte)
		*b = s[i]
		return Value{TypeOf(byte(0)), unsafe.Pointer(b), v.bits}
	}
	panic(&ValueError{"Index", v.Kind()})
}

// NumField is the number of fields of a struct value.
func (v Value) NumField() int {
	v.need("NumField", Struct)
	return int(v.typ.nfields)
}

// Field returns field i of a struct value; fields with unexported names
// give values that cannot be turned back into interfaces.
func (v Value) Field(i int) Value {
	v.need("Field", Struct)
	f := v.typ.field(i)
	bits := v.bits
	if !isExportedName(cstring(f.name)) {
		bits |= bitHidden
	}
	return Value{f.typ, unsafe.Add(v.ptr, f.offset), bits}
}

// IsNil reports whether a chan, func, interface, map, pointer, slice or
// unsafe.Pointer value is nil.
func (v Value) IsNil() bool {
	switch v.Kind() {
	case Chan, Func, Map, Pointer, UnsafePointer:
		return v.word() == nil
	case Interface:
		return *(*unsafe.Pointer)(v.ptr) == nil
	case Slice:
		return (*sliceHeader)(v.ptr).data == nil
	}
	panic(&ValueError{"IsNil", v.Kind()})
}

// Pointer returns the pointer word of a chan, func, map, pointer, slice
// or unsafe.Pointer value as a uintptr (a slice's data pointer).
func (v Value) Pointer() uintptr {
	switch v.Kind() {
	case Chan, Func, Map, Pointer, UnsafePointer:
		return uintptr(v.word())
	case Slice:
		return uintptr((*sliceHeader)(v.ptr).data)
	}
	panic(&ValueError{"Pointer", v.Kind()})
}

// Elem returns the value a pointer points to, or the dynamic value inside
// an interface; the zero Value for nil.
func (v Value) Elem() Value {
	switch v.Kind() {
	case Pointer:
		p := v.word()
		if p == nil {
			return Value{}
		}
		return Value{v.typ.elem, p, v.bits &^ bitWord}
	case Interface:
		w := (*[2]unsafe.Pointer)(v.ptr)
		if w[0] == nil {
			return Value{}
		}
		var t *Type
		if v.typ.nfields == 0 {
			t = (*Type)(w[0])
		} else {
			t = (*[2]*Type)(w[0])[1]
		}
		return fromEface(t, w[1], v.bits)
	}
	panic(&ValueError{"Elem", v.Kind()})
}

// MapIndex returns m[key], or the zero Value if key is absent.
func (v Value) MapIndex(key Value) Value {
	v.need("MapIndex", Map)
	m := v.word()
	if m == nil {
		return Value{}
	}
	e := mapaccess(v.typ, m, key.addr())
	if e == nil {
		return Value{}
	}
	return Value{v.typ.elem, e, v.bits &^ bitWord}
}

// MapEntries returns copies of a map's keys and values, in iteration
// order (keys[i] maps to elems[i]).
func (v Value) MapEntries() (keys, elems []Value) {
	v.need("MapEntries", Map)
	m := v.word()
	if m == nil {
		return nil, nil
	}
	n := v.Len()
	keys = make([]Value, 0, n)
	elems = make([]Value, 0, n)
	kt, et := v.typ.key, v.typ.elem
	it := new(mapIter)
	for mapiterinit(v.typ, m, it); it.key != nil; mapiternext(it) {
		k := unsafe_New(kt)
		typedmemmove(kt, k, it.key)
		e := unsafe_New(et)
		typedmemmove(et, e, it.elem)
		keys = append(keys, Value{kt, k, v.bits &^ bitWord})
		elems = append(elems, Value{et, e, v.bits &^ bitWord})
	}
	return keys, elems
}

// Setters, for values reached through a pointer (fmt's scanning). They
// write v's memory directly; v must be of the matching kind.

// SetBool stores b into a bool value.
func (v Value) SetBool(b bool) {
	v.need("SetBool", Bool)
	*(*bool)(v.ptr) = b
}

// SetInt stores x, truncated to v's size, into a signed integer value.
func (v Value) SetInt(x int64) {
	switch v.Kind() {
	case Int:
		*(*int)(v.ptr) = int(x)
	case Int8:
		*(*int8)(v.ptr) = int8(x)
	case Int16:
		*(*int16)(v.ptr) = int16(x)
	case Int32:
		*(*int32)(v.ptr) = int32(x)
	case Int64:
		*(*int64)(v.ptr) = x
	default:
		panic(&ValueError{"SetInt", v.Kind()})
	}
}

// SetUint stores x, truncated to v's size, into an unsigned integer value.
func (v Value) SetUint(x uint64) {
	switch v.Kind() {
	case Uint:
		*(*uint)(v.ptr) = uint(x)
	case Uint8:
		*(*uint8)(v.ptr) = uint8(x)
	case Uint16:
		*(*uint16)(v.ptr) = uint16(x)
	case Uint32:
		*(*uint32)(v.ptr) = uint32(x)
	case Uint64:
		*(*uint64)(v.ptr) = x
	case Uintptr:
		*(*uintptr)(v.ptr) = uintptr(x)
	default:
		panic(&ValueError{"SetUint", v.Kind()})
	}
}

// SetFloat stores x into a float value.
func (v Value) SetFloat(x float64) {
	switch v.Kind() {
	case Float32:
		*(*float32)(v.ptr) = float32(x)
	case Float64:
		*(*float64)(v.ptr) = x
	default:
		panic(&ValueError{"SetFloat", v.Kind()})
	}
}

// SetComplex stores x into a complex value.
func (v Value) SetComplex(x complex128) {
	switch v.Kind() {
	case Complex64:
		*(*complex64)(v.ptr) = complex64(x)
	case Complex128:
		*(*complex128)(v.ptr) = x
	default:
		panic(&ValueError{"SetComplex", v.Kind()})
	}
}

// SetString stores s into a string value.
func (v Value) SetString(s string) {
	v.need("SetString", String)
	*(*string)(v.ptr) = s
}

// SetBytes stores b into a slice-of-bytes value.
func (v Value) SetBytes(b []byte) {
	if v.Kind() != Slice || v.typ.elem.Kind() != Uint8 {
		panic(&ValueError{"SetBytes", v.Kind()})
	}
	*(*[]byte)(v.ptr) = b
}
