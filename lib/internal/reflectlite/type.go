// Package reflectlite is golite's small run-time type library: it reads the
// type descriptors the compiler emits (runtime/abi.h TypeDesc) and offers a
// Type/Value pair for the standard library's own use (fmt, sort.Slice).
// It is not Go's reflect: there is no method calling, no Set, no MakeX.
//
// A *Type is the address of a TypeDesc; two types are identical exactly
// when their *Type pointers are equal. The struct below mirrors TypeDesc
// field for field; runtime/abi.h pins the layout.
package reflectlite

import "unsafe"

// Kind numbers the kinds of type as Go's reflect does.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name of Pointer.
const Ptr = Pointer

var kindNames = [...]string{
	"invalid", "bool", "int", "int8", "int16", "int32", "int64",
	"uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
	"float32", "float64", "complex64", "complex128",
	"array", "chan", "func", "interface", "map", "ptr", "slice",
	"string", "struct", "unsafe.Pointer",
}

// String names the kind ("int", "struct", ...).
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind?"
}

const (
	kindBits        = 0x1f
	kindDirectIface = 1 << 5

	tflagNamed      = 1 << 0
	tflagComparable = 1 << 1
)

// Type is a run-time type descriptor (abi::TypeDesc).
type Type struct {
	size       uintptr
	ptrdata    uintptr
	hash       uint32
	tflag      uint8
	align      uint8
	fieldAlign uint8
	kind       uint8
	gcdata     *byte
	str        *byte // NUL-terminated type string
	pkgPath    *byte // NUL-terminated, or nil
	elem       *Type
	key        *Type
	len        uintptr
	fields     unsafe.Pointer
	nfields    uintptr
	methods    unsafe.Pointer
	nmethods   uintptr
}

// structField mirrors abi::StructField.
type structField struct {
	name     *byte
	typ      *Type
	offset   uintptr
	embedded uintptr
}

// imethod mirrors abi::IMethod.
type imethod struct {
	name *byte
	typ  *Type
}

// cstring copies a NUL-terminated C string into a Go string.
func cstring(p *byte) string {
	if p == nil {
		return ""
	}
	n := 0
	for *(*byte)(unsafe.Add(unsafe.Pointer(p), n)) != 0 {
		n++
	}
	return string(unsafe.Slice(p, n))
}

// Kind reports the type's kind.
func (t *Type) Kind() Kind {
	if t == nil {
		return Invalid
	}
	return Kind(t.kind & kindBits)
}

// String is the type as Go prints it: "int", "main.T", "map[string]int".
func (t *Type) String() string { return cstring(t.str) }

// Name is the defined name without the package ("T" for main.T), or "".
func (t *Type) Name() string {
	if t.tflag&tflagNamed == 0 {
		return ""
	}
	s := t.String()
	// The package qualifier ends at the last '.' outside brackets.
	depth := 0
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ']':
			depth++
		case '[':
			depth--
		case '.':
			if depth == 0 {
				return s[i+1:]
			}
		}
	}
	return s
}

// PkgPath is the import path of a defined type, or "".
func (t *Type) PkgPath() string { return cstring(t.pkgPath) }

// Size is the number of bytes a value of the type occupies.
func (t *Type) Size() uintptr { return t.size }

// Align is the type's alignment in memory.
func (t *Type) Align() int { return int(t.align) }

// Comparable reports whether == is defined on the type.
func (t *Type) Comparable() bool { return t.tflag&tflagComparable != 0 }

// Elem is the element type of an array, chan, map, pointer or slice.
func (t *Type) Elem() *Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return t.elem
	}
	panic("reflectlite: Elem of invalid type " + t.String())
}

// Key is a map type's key type.
func (t *Type) Key() *Type {
	if t.Kind() != Map {
		panic("reflectlite: Key of non-map type " + t.String())
	}
	return t.key
}

// Len is an array type's length.
func (t *Type) Len() int {
	if t.Kind() != Array {
		panic("reflectlite: Len of non-array type " + t.String())
	}
	return int(t.len)
}

// ChanDir is a channel type's direction: 1 receive-only, 2 send-only, 3 both.
func (t *Type) ChanDir() int { return int(t.len) }

// NumField is the number of fields of a struct type.
func (t *Type) NumField() int {
	if t.Kind() != Struct {
		panic("reflectlite: NumField of non-struct type " + t.String())
	}
	return int(t.nfields)
}

func (t *Type) field(i int) *structField {
	if t.Kind() != Struct || i < 0 || uintptr(i) >= t.nfields {
		panic("reflectlite: Field index out of range")
	}
	return (*structField)(unsafe.Add(t.fields, uintptr(i)*unsafe.Sizeof(structField{})))
}

// StructField describes one field of a struct type.
type StructField struct {
	Name      string
	Type      *Type
	Offset    uintptr
	Anonymous bool
}

// IsExported reports whether the field's name starts with an upper-case letter.
func (f StructField) IsExported() bool { return isExportedName(f.Name) }

func isExportedName(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	if c < 0x80 {
		return 'A' <= c && c <= 'Z'
	}
	// Non-ASCII first letter: Go asks unicode.IsUpper. This package does
	// not carry the Unicode tables, so such names count as exported.
	return true
}

// Field describes the i'th field of a struct type.
func (t *Type) Field(i int) StructField {
	f := t.field(i)
	return StructField{Name: cstring(f.name), Type: f.typ, Offset: f.offset, Anonymous: f.embedded != 0}
}

// NumMethod is the number of methods in the type's method set (for an
// interface type, its methods).
func (t *Type) NumMethod() int {
	if t.Kind() == Interface {
		return int(t.nfields)
	}
	return int(t.nmethods)
}

// Implements reports whether a value of type t satisfies interface type u.
func (t *Type) Implements(u *Type) bool {
	if u.Kind() != Interface {
		panic("reflectlite: Implements of non-interface type " + u.String())
	}
	return implements(u, t)
}

// AssignableTo reports whether a value of type t can be stored in a
// variable of type u (identity, or u an interface t implements).
func (t *Type) AssignableTo(u *Type) bool {
	if t == u {
		return true
	}
	if u.Kind() == Interface {
		return implements(u, t)
	}
	return false
}

// eface is the layout of interface{}.
type eface struct {
	typ  *Type
	word unsafe.Pointer
}

// TypeOf returns the dynamic type of i, nil for a nil interface.
func TypeOf(i any) *Type {
	return (*eface)(unsafe.Pointer(&i)).typ
}
