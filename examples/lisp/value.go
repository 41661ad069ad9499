// Values of the Lisp dialect: numbers (with automatic promotion to big
// integers), strings, symbols, booleans, pairs, procedures, hash tables and
// vectors. Every value implements Value; the dynamic type is the tag.

package main

// Value is any Lisp datum.
type Value interface {
	TypeName() string
}

// Int is a fixnum. Arithmetic that overflows promotes to *Big.
type Int int64

// Str is an immutable string.
type Str string

// Sym is a symbol; symbols compare by name.
type Sym string

// Bool is #t or #f.
type Bool bool

// Null is the empty list.
type Null struct{}

// Void is the result of forms evaluated for effect.
type Void struct{}

// Pair is a cons cell.
type Pair struct {
	Car, Cdr Value
}

// Builtin is a procedure implemented in Go.
type Builtin struct {
	Name    string
	MinArgs int
	MaxArgs int // -1: variadic
	Fn      func(in *Interp, args []Value) Value
}

// Lambda is a closure created by (lambda ...).
type Lambda struct {
	Name   string
	Params []Sym
	Rest   Sym // "" when the procedure is not variadic
	Body   []Value
	Env    *Env
}

// Macro is a procedure that transforms code before evaluation.
type Macro struct {
	Proc *Lambda
}

// Hash is a mutable hash table keyed by the printed form of the key.
type Hash struct {
	entries map[string]*hashEntry
}

type hashEntry struct {
	key, val Value
}

// Vector is a mutable array of values.
type Vector struct {
	Items []Value
}

func (Int) TypeName() string      { return "integer" }
func (*Big) TypeName() string     { return "integer" }
func (Str) TypeName() string      { return "string" }
func (Sym) TypeName() string      { return "symbol" }
func (Bool) TypeName() string     { return "boolean" }
func (Null) TypeName() string     { return "null" }
func (Void) TypeName() string     { return "void" }
func (*Pair) TypeName() string    { return "pair" }
func (*Builtin) TypeName() string { return "procedure" }
func (*Lambda) TypeName() string  { return "procedure" }
func (*Macro) TypeName() string   { return "macro" }
func (*Hash) TypeName() string    { return "hash" }
func (*Vector) TypeName() string  { return "vector" }

var (
	Nil   Value = Null{}
	True  Value = Bool(true)
	False Value = Bool(false)
	None  Value = Void{}
)

// LispError is raised (with panic) by failing primitives and by (error ...),
// and caught by (try ...) or by the top level.
type LispError struct {
	Msg     string
	Payload Value
}

func (e *LispError) Error() string { return e.Msg }

func throw(msg string) {
	panic(&LispError{Msg: msg, Payload: Str(msg)})
}

func typeError(proc string, want string, got Value) {
	throw(proc + ": expected " + want + ", got " + got.TypeName() + " " + Repr(got))
}

// Cons builds a pair.
func Cons(a, b Value) Value { return &Pair{a, b} }

// List builds a proper list from its arguments.
func List(vals ...Value) Value {
	var out Value = Nil
	for i := len(vals) - 1; i >= 0; i-- {
		out = &Pair{vals[i], out}
	}
	return out
}

// ListToSlice flattens a proper list; it raises an error for improper lists.
func ListToSlice(v Value) []Value {
	var out []Value
	for {
		switch p := v.(type) {
		case Null:
			return out
		case *Pair:
			out = append(out, p.Car)
			v = p.Cdr
		default:
			throw("not a proper list: " + Repr(v))
		}
	}
}

// Truthy follows Scheme: only #f is false.
func Truthy(v Value) bool {
	if b, ok := v.(Bool); ok {
		return bool(b)
	}
	return true
}

// Equal is structural equality (equal?).
func Equal(a, b Value) bool {
	switch x := a.(type) {
	case *Pair:
		y, ok := b.(*Pair)
		if !ok {
			return false
		}
		for {
			if !Equal(x.Car, y.Car) {
				return false
			}
			xn, ok1 := x.Cdr.(*Pair)
			yn, ok2 := y.Cdr.(*Pair)
			if ok1 && ok2 {
				x, y = xn, yn
				continue
			}
			return Equal(x.Cdr, y.Cdr)
		}
	case *Vector:
		y, ok := b.(*Vector)
		if !ok || len(x.Items) != len(y.Items) {
			return false
		}
		for i := range x.Items {
			if !Equal(x.Items[i], y.Items[i]) {
				return false
			}
		}
		return true
	case Int, *Big:
		if !isNumber(b) {
			return false
		}
		return numCompare(a, b) == 0
	}
	return Eqv(a, b)
}

// Eqv is identity for reference types and value equality for atoms (eq?).
func Eqv(a, b Value) bool {
	switch x := a.(type) {
	case Int:
		y, ok := b.(Int)
		return ok && x == y
	case Str:
		y, ok := b.(Str)
		return ok && x == y
	case Sym:
		y, ok := b.(Sym)
		return ok && x == y
	case Bool:
		y, ok := b.(Bool)
		return ok && x == y
	case Null:
		_, ok := b.(Null)
		return ok
	case Void:
		_, ok := b.(Void)
		return ok
	case *Pair:
		y, ok := b.(*Pair)
		return ok && x == y
	case *Lambda:
		y, ok := b.(*Lambda)
		return ok && x == y
	case *Builtin:
		y, ok := b.(*Builtin)
		return ok && x == y
	case *Hash:
		y, ok := b.(*Hash)
		return ok && x == y
	case *Vector:
		y, ok := b.(*Vector)
		return ok && x == y
	case *Big:
		y, ok := b.(*Big)
		return ok && x.Cmp(y) == 0
	}
	return false
}

// NewHash makes an empty hash table.
func NewHash() *Hash { return &Hash{entries: map[string]*hashEntry{}} }

func (h *Hash) Set(k, v Value) { h.entries[Repr(k)] = &hashEntry{k, v} }

func (h *Hash) Get(k Value) (Value, bool) {
	e, ok := h.entries[Repr(k)]
	if !ok {
		return nil, false
	}
	return e.val, true
}

func (h *Hash) Delete(k Value) { delete(h.entries, Repr(k)) }

// Keys returns the keys sorted by their printed form, so that output never
// depends on map iteration order.
func (h *Hash) Keys() []Value {
	names := make([]string, 0, len(h.entries))
	for n := range h.entries {
		names = append(names, n)
	}
	sortStrings(names)
	keys := make([]Value, len(names))
	for i, n := range names {
		keys[i] = h.entries[n].key
	}
	return keys
}

// Env is a lexical environment frame.
type Env struct {
	vars   map[Sym]Value
	parent *Env
}

func NewEnv(parent *Env) *Env { return &Env{vars: map[Sym]Value{}, parent: parent} }

func (e *Env) Lookup(s Sym) Value {
	for f := e; f != nil; f = f.parent {
		if v, ok := f.vars[s]; ok {
			return v
		}
	}
	throw("unbound variable: " + string(s))
	return nil
}

func (e *Env) Define(s Sym, v Value) { e.vars[s] = v }

func (e *Env) Set(s Sym, v Value) {
	for f := e; f != nil; f = f.parent {
		if _, ok := f.vars[s]; ok {
			f.vars[s] = v
			return
		}
	}
	throw("set!: unbound variable: " + string(s))
}

// sortStrings is an insertion/merge sort: golite programs have no sort package.
func sortStrings(a []string) {
	if len(a) < 12 {
		for i := 1; i < len(a); i++ {
			for j := i; j > 0 && a[j] < a[j-1]; j-- {
				a[j], a[j-1] = a[j-1], a[j]
			}
		}
		return
	}
	mid := len(a) / 2
	left := append([]string(nil), a[:mid]...)
	right := append([]string(nil), a[mid:]...)
	sortStrings(left)
	sortStrings(right)
	i, j, k := 0, 0, 0
	for i < len(left) && j < len(right) {
		if right[j] < left[i] {
			a[k] = right[j]
			j++
		} else {
			a[k] = left[i]
			i++
		}
		k++
	}
	for i < len(left) {
		a[k] = left[i]
		i++
		k++
	}
	for j < len(right) {
		a[k] = right[j]
		j++
		k++
	}
}
