// The primitive procedures: arithmetic, comparison, lists, strings, hash
// tables, vectors, higher-order functions, errors and output.

package main

func (in *Interp) def(name string, min, max int, fn func(in *Interp, args []Value) Value) {
	in.Global.Define(Sym(name), &Builtin{Name: name, MinArgs: min, MaxArgs: max, Fn: fn})
}

func argInt(proc string, v Value) int {
	n, ok := v.(Int)
	if !ok {
		typeError(proc, "fixnum", v)
	}
	return int(n)
}

func argStr(proc string, v Value) string {
	s, ok := v.(Str)
	if !ok {
		typeError(proc, "string", v)
	}
	return string(s)
}

func argNum(proc string, v Value) Value {
	if !isNumber(v) {
		typeError(proc, "number", v)
	}
	return v
}

func argHash(proc string, v Value) *Hash {
	h, ok := v.(*Hash)
	if !ok {
		typeError(proc, "hash", v)
	}
	return h
}

func argVec(proc string, v Value) *Vector {
	vec, ok := v.(*Vector)
	if !ok {
		typeError(proc, "vector", v)
	}
	return vec
}

func argPair(proc string, v Value) *Pair {
	p, ok := v.(*Pair)
	if !ok {
		typeError(proc, "pair", v)
	}
	return p
}

func installBuiltins(in *Interp) {
	installArith(in)
	installLists(in)
	installStrings(in)
	installTables(in)
	installControl(in)
}

func installArith(in *Interp) {
	in.def("+", 0, -1, func(in *Interp, args []Value) Value {
		var acc Value = Int(0)
		for _, a := range args {
			acc = numAdd(acc, argNum("+", a))
		}
		return acc
	})
	in.def("*", 0, -1, func(in *Interp, args []Value) Value {
		var acc Value = Int(1)
		for _, a := range args {
			acc = numMul(acc, argNum("*", a))
		}
		return acc
	})
	in.def("-", 1, -1, func(in *Interp, args []Value) Value {
		if len(args) == 1 {
			return numSub(Int(0), argNum("-", args[0]))
		}
		acc := argNum("-", args[0])
		for _, a := range args[1:] {
			acc = numSub(acc, argNum("-", a))
		}
		return acc
	})
	in.def("quotient", 2, 2, func(in *Interp, args []Value) Value {
		q, _ := numQuotRem(argNum("quotient", args[0]), args[1])
		return q
	})
	in.def("remainder", 2, 2, func(in *Interp, args []Value) Value {
		_, r := numQuotRem(argNum("remainder", args[0]), args[1])
		return r
	})
	in.def("modulo", 2, 2, func(in *Interp, args []Value) Value {
		_, r := numQuotRem(argNum("modulo", args[0]), args[1])
		d := args[1].(Int)
		if ri := r.(Int); ri != 0 && (ri < 0) != (d < 0) {
			return ri + d
		}
		return r
	})
	in.def("abs", 1, 1, func(in *Interp, args []Value) Value {
		if numCompare(argNum("abs", args[0]), Int(0)) < 0 {
			return numSub(Int(0), args[0])
		}
		return args[0]
	})
	cmp := func(name string, ok func(c int) bool) {
		in.def(name, 1, -1, func(in *Interp, args []Value) Value {
			for i := 0; i+1 < len(args); i++ {
				if !ok(numCompare(argNum(name, args[i]), argNum(name, args[i+1]))) {
					return False
				}
			}
			return True
		})
	}
	cmp("=", func(c int) bool { return c == 0 })
	cmp("<", func(c int) bool { return c < 0 })
	cmp(">", func(c int) bool { return c > 0 })
	cmp("<=", func(c int) bool { return c <= 0 })
	cmp(">=", func(c int) bool { return c >= 0 })
	in.def("min", 1, -1, func(in *Interp, args []Value) Value {
		best := argNum("min", args[0])
		for _, a := range args[1:] {
			if numCompare(argNum("min", a), best) < 0 {
				best = a
			}
		}
		return best
	})
	in.def("max", 1, -1, func(in *Interp, args []Value) Value {
		best := argNum("max", args[0])
		for _, a := range args[1:] {
			if numCompare(argNum("max", a), best) > 0 {
				best = a
			}
		}
		return best
	})
	in.def("number?", 1, 1, func(in *Interp, args []Value) Value { return Bool(isNumber(args[0])) })
	in.def("even?", 1, 1, func(in *Interp, args []Value) Value {
		_, r := numQuotRem(argNum("even?", args[0]), Int(2))
		return Bool(r.(Int) == 0)
	})
	in.def("odd?", 1, 1, func(in *Interp, args []Value) Value {
		_, r := numQuotRem(argNum("odd?", args[0]), Int(2))
		return Bool(r.(Int) != 0)
	})
	in.def("expt", 2, 2, func(in *Interp, args []Value) Value {
		base := argNum("expt", args[0])
		e := argInt("expt", args[1])
		if e < 0 {
			throw("expt: negative exponent")
		}
		var acc Value = Int(1)
		for e > 0 {
			if e&1 == 1 {
				acc = numMul(acc, base)
			}
			base = numMul(base, base)
			e >>= 1
		}
		return acc
	})
}

func installLists(in *Interp) {
	in.def("cons", 2, 2, func(in *Interp, args []Value) Value { return Cons(args[0], args[1]) })
	in.def("car", 1, 1, func(in *Interp, args []Value) Value { return argPair("car", args[0]).Car })
	in.def("cdr", 1, 1, func(in *Interp, args []Value) Value { return argPair("cdr", args[0]).Cdr })
	in.def("cadr", 1, 1, func(in *Interp, args []Value) Value {
		return argPair("cadr", argPair("cadr", args[0]).Cdr).Car
	})
	in.def("set-car!", 2, 2, func(in *Interp, args []Value) Value {
		argPair("set-car!", args[0]).Car = args[1]
		return None
	})
	in.def("list", 0, -1, func(in *Interp, args []Value) Value { return List(args...) })
	in.def("length", 1, 1, func(in *Interp, args []Value) Value { return Int(len(ListToSlice(args[0]))) })
	in.def("append", 0, -1, func(in *Interp, args []Value) Value {
		if len(args) == 0 {
			return Nil
		}
		res := args[len(args)-1]
		for i := len(args) - 2; i >= 0; i-- {
			items := ListToSlice(args[i])
			for j := len(items) - 1; j >= 0; j-- {
				res = Cons(items[j], res)
			}
		}
		return res
	})
	in.def("reverse", 1, 1, func(in *Interp, args []Value) Value {
		var out Value = Nil
		for _, it := range ListToSlice(args[0]) {
			out = Cons(it, out)
		}
		return out
	})
	in.def("list-ref", 2, 2, func(in *Interp, args []Value) Value {
		items := ListToSlice(args[0])
		i := argInt("list-ref", args[1])
		if i < 0 || i >= len(items) {
			throw("list-ref: index " + itoa(int64(i)) + " out of range")
		}
		return items[i]
	})
	in.def("null?", 1, 1, func(in *Interp, args []Value) Value { _, ok := args[0].(Null); return Bool(ok) })
	in.def("pair?", 1, 1, func(in *Interp, args []Value) Value { _, ok := args[0].(*Pair); return Bool(ok) })
	in.def("list?", 1, 1, func(in *Interp, args []Value) Value {
		v := args[0]
		for {
			switch p := v.(type) {
			case Null:
				return True
			case *Pair:
				v = p.Cdr
			default:
				return False
			}
		}
	})
	in.def("symbol?", 1, 1, func(in *Interp, args []Value) Value { _, ok := args[0].(Sym); return Bool(ok) })
	in.def("string?", 1, 1, func(in *Interp, args []Value) Value { _, ok := args[0].(Str); return Bool(ok) })
	in.def("procedure?", 1, 1, func(in *Interp, args []Value) Value {
		switch args[0].(type) {
		case *Lambda, *Builtin:
			return True
		}
		return False
	})
	in.def("eq?", 2, 2, func(in *Interp, args []Value) Value { return Bool(Eqv(args[0], args[1])) })
	in.def("equal?", 2, 2, func(in *Interp, args []Value) Value { return Bool(Equal(args[0], args[1])) })
	in.def("not", 1, 1, func(in *Interp, args []Value) Value { return Bool(!Truthy(args[0])) })
	in.def("assoc", 2, 2, func(in *Interp, args []Value) Value {
		for _, e := range ListToSlice(args[1]) {
			if p, ok := e.(*Pair); ok && Equal(p.Car, args[0]) {
				return p
			}
		}
		return False
	})
	in.def("member", 2, 2, func(in *Interp, args []Value) Value {
		v := args[1]
		for {
			p, ok := v.(*Pair)
			if !ok {
				return False
			}
			if Equal(p.Car, args[0]) {
				return p
			}
			v = p.Cdr
		}
	})
	in.def("range", 1, 3, func(in *Interp, args []Value) Value {
		lo, hi, step := 0, 0, 1
		switch len(args) {
		case 1:
			hi = argInt("range", args[0])
		default:
			lo, hi = argInt("range", args[0]), argInt("range", args[1])
			if len(args) == 3 {
				step = argInt("range", args[2])
			}
		}
		if step == 0 {
			throw("range: step must not be zero")
		}
		var items []Value
		for i := lo; (step > 0 && i < hi) || (step < 0 && i > hi); i += step {
			items = append(items, Int(i))
		}
		return List(items...)
	})
}

func installStrings(in *Interp) {
	in.def("string-append", 0, -1, func(in *Interp, args []Value) Value {
		s := ""
		for _, a := range args {
			s += argStr("string-append", a)
		}
		return Str(s)
	})
	in.def("string-length", 1, 1, func(in *Interp, args []Value) Value {
		return Int(len([]rune(argStr("string-length", args[0]))))
	})
	in.def("substring", 2, 3, func(in *Interp, args []Value) Value {
		r := []rune(argStr("substring", args[0]))
		lo := argInt("substring", args[1])
		hi := len(r)
		if len(args) == 3 {
			hi = argInt("substring", args[2])
		}
		if lo < 0 || hi > len(r) || lo > hi {
			throw("substring: range [" + itoa(int64(lo)) + ":" + itoa(int64(hi)) + "] out of bounds for length " + itoa(int64(len(r))))
		}
		return Str(string(r[lo:hi]))
	})
	in.def("string-upcase", 1, 1, func(in *Interp, args []Value) Value {
		b := []byte(argStr("string-upcase", args[0]))
		for i, c := range b {
			if c >= 'a' && c <= 'z' {
				b[i] = c - 'a' + 'A'
			}
		}
		return Str(b)
	})
	in.def("string->symbol", 1, 1, func(in *Interp, args []Value) Value { return Sym(argStr("string->symbol", args[0])) })
	in.def("symbol->string", 1, 1, func(in *Interp, args []Value) Value {
		s, ok := args[0].(Sym)
		if !ok {
			typeError("symbol->string", "symbol", args[0])
		}
		return Str(s)
	})
	in.def("number->string", 1, 1, func(in *Interp, args []Value) Value { return Str(Repr(argNum("number->string", args[0]))) })
	in.def("string->number", 1, 1, func(in *Interp, args []Value) Value {
		v, ok := parseInt(argStr("string->number", args[0]))
		if !ok {
			return False
		}
		return v
	})
	in.def("string-split", 2, 2, func(in *Interp, args []Value) Value {
		s, sep := argStr("string-split", args[0]), argStr("string-split", args[1])
		if sep == "" {
			throw("string-split: empty separator")
		}
		var parts []Value
		start := 0
		for i := 0; i+len(sep) <= len(s); {
			if s[i:i+len(sep)] == sep {
				parts = append(parts, Str(s[start:i]))
				i += len(sep)
				start = i
				continue
			}
			i++
		}
		parts = append(parts, Str(s[start:]))
		return List(parts...)
	})
	in.def("string-join", 2, 2, func(in *Interp, args []Value) Value {
		sep := argStr("string-join", args[1])
		out := ""
		for i, p := range ListToSlice(args[0]) {
			if i > 0 {
				out += sep
			}
			out += argStr("string-join", p)
		}
		return Str(out)
	})
	in.def("string<?", 2, 2, func(in *Interp, args []Value) Value {
		return Bool(argStr("string<?", args[0]) < argStr("string<?", args[1]))
	})
	in.def("string->list", 1, 1, func(in *Interp, args []Value) Value {
		var items []Value
		for _, r := range argStr("string->list", args[0]) {
			items = append(items, Str(string(r)))
		}
		return List(items...)
	})
	in.def("char-code", 1, 1, func(in *Interp, args []Value) Value {
		r := []rune(argStr("char-code", args[0]))
		if len(r) != 1 {
			throw("char-code: expected a one-character string")
		}
		return Int(r[0])
	})
	in.def("code-char", 1, 1, func(in *Interp, args []Value) Value { return Str(string(rune(argInt("code-char", args[0])))) })
	in.def("repr", 1, 1, func(in *Interp, args []Value) Value { return Str(Repr(args[0])) })
}

func installTables(in *Interp) {
	in.def("make-hash", 0, 0, func(in *Interp, args []Value) Value { return NewHash() })
	in.def("hash-set!", 3, 3, func(in *Interp, args []Value) Value {
		argHash("hash-set!", args[0]).Set(args[1], args[2])
		return None
	})
	in.def("hash-ref", 2, 3, func(in *Interp, args []Value) Value {
		v, ok := argHash("hash-ref", args[0]).Get(args[1])
		if ok {
			return v
		}
		if len(args) == 3 {
			return args[2]
		}
		throw("hash-ref: no key " + Repr(args[1]))
		return nil
	})
	in.def("hash-has?", 2, 2, func(in *Interp, args []Value) Value {
		_, ok := argHash("hash-has?", args[0]).Get(args[1])
		return Bool(ok)
	})
	in.def("hash-remove!", 2, 2, func(in *Interp, args []Value) Value {
		argHash("hash-remove!", args[0]).Delete(args[1])
		return None
	})
	in.def("hash-keys", 1, 1, func(in *Interp, args []Value) Value { return List(argHash("hash-keys", args[0]).Keys()...) })
	in.def("hash-count", 1, 1, func(in *Interp, args []Value) Value { return Int(len(argHash("hash-count", args[0]).entries)) })
	in.def("vector", 0, -1, func(in *Interp, args []Value) Value { return &Vector{append([]Value(nil), args...)} })
	in.def("make-vector", 1, 2, func(in *Interp, args []Value) Value {
		n := argInt("make-vector", args[0])
		var fill Value = Int(0)
		if len(args) == 2 {
			fill = args[1]
		}
		items := make([]Value, n)
		for i := range items {
			items[i] = fill
		}
		return &Vector{items}
	})
	in.def("vector-ref", 2, 2, func(in *Interp, args []Value) Value {
		v := argVec("vector-ref", args[0])
		return v.Items[argInt("vector-ref", args[1])] // Go's bounds check reports misuse
	})
	in.def("vector-set!", 3, 3, func(in *Interp, args []Value) Value {
		v := argVec("vector-set!", args[0])
		v.Items[argInt("vector-set!", args[1])] = args[2]
		return None
	})
	in.def("vector-length", 1, 1, func(in *Interp, args []Value) Value { return Int(len(argVec("vector-length", args[0]).Items)) })
	in.def("vector-push!", 2, 2, func(in *Interp, args []Value) Value {
		v := argVec("vector-push!", args[0])
		v.Items = append(v.Items, args[1])
		return None
	})
	in.def("vector->list", 1, 1, func(in *Interp, args []Value) Value { return List(argVec("vector->list", args[0]).Items...) })
	in.def("list->vector", 1, 1, func(in *Interp, args []Value) Value { return &Vector{ListToSlice(args[0])} })
}

func installControl(in *Interp) {
	in.def("apply", 2, -1, func(in *Interp, args []Value) Value {
		fixed := args[1 : len(args)-1]
		all := append(append([]Value(nil), fixed...), ListToSlice(args[len(args)-1])...)
		return in.Apply(args[0], all)
	})
	in.def("map", 2, 2, func(in *Interp, args []Value) Value {
		var out []Value
		for _, it := range ListToSlice(args[1]) {
			out = append(out, in.Apply(args[0], []Value{it}))
		}
		return List(out...)
	})
	in.def("for-each", 2, 2, func(in *Interp, args []Value) Value {
		for _, it := range ListToSlice(args[1]) {
			in.Apply(args[0], []Value{it})
		}
		return None
	})
	in.def("filter", 2, 2, func(in *Interp, args []Value) Value {
		var out []Value
		for _, it := range ListToSlice(args[1]) {
			if Truthy(in.Apply(args[0], []Value{it})) {
				out = append(out, it)
			}
		}
		return List(out...)
	})
	in.def("foldl", 3, 3, func(in *Interp, args []Value) Value {
		acc := args[1]
		for _, it := range ListToSlice(args[2]) {
			acc = in.Apply(args[0], []Value{acc, it})
		}
		return acc
	})
	in.def("sort", 2, 2, func(in *Interp, args []Value) Value {
		items := ListToSlice(args[0])
		less := func(a, b Value) bool { return Truthy(in.Apply(args[1], []Value{a, b})) }
		return List(mergeSort(items, less)...)
	})
	in.def("error", 1, -1, func(in *Interp, args []Value) Value {
		msg := Display(args[0])
		for _, a := range args[1:] {
			msg += " " + Repr(a)
		}
		panic(&LispError{Msg: msg, Payload: Str(msg)})
	})
	in.def("raise", 1, 1, func(in *Interp, args []Value) Value {
		panic(&LispError{Msg: "uncaught raise: " + Repr(args[0]), Payload: args[0]})
	})
	in.def("display", 1, -1, func(in *Interp, args []Value) Value {
		for i, a := range args {
			if i > 0 {
				in.emit(" ")
			}
			in.emit(Display(a))
		}
		return None
	})
	in.def("newline", 0, 0, func(in *Interp, args []Value) Value {
		in.flush()
		return None
	})
	in.def("print", 0, -1, func(in *Interp, args []Value) Value {
		for i, a := range args {
			if i > 0 {
				in.emit(" ")
			}
			in.emit(Display(a))
		}
		in.flush()
		return None
	})
	in.def("gensym", 0, 0, func(in *Interp, args []Value) Value {
		in.gensyms++
		return Sym("g" + itoa(int64(in.gensyms)))
	})
	in.def("macroexpand", 1, 1, func(in *Interp, args []Value) Value { return in.MacroExpand(args[0], in.Global) })
	in.def("eval", 1, 1, func(in *Interp, args []Value) Value { return in.Eval(args[0], in.Global) })
	in.def("void", 0, 0, func(in *Interp, args []Value) Value { return None })
}

func (in *Interp) emit(s string) { in.Out = append(in.Out, s) }

// flush writes the pending line. golite programs print with the builtin
// print, which goes to standard error.
func (in *Interp) flush() {
	line := ""
	for _, s := range in.Out {
		line += s
	}
	in.Out = in.Out[:0]
	print(line + "\n")
}

func mergeSort(items []Value, less func(a, b Value) bool) []Value {
	if len(items) <= 1 {
		return items
	}
	mid := len(items) / 2
	l := mergeSort(append([]Value(nil), items[:mid]...), less)
	r := mergeSort(append([]Value(nil), items[mid:]...), less)
	out := make([]Value, 0, len(items))
	for len(l) > 0 && len(r) > 0 {
		if less(r[0], l[0]) {
			out = append(out, r[0])
			r = r[1:]
		} else {
			out = append(out, l[0])
			l = l[1:]
		}
	}
	out = append(out, l...)
	return append(out, r...)
}
