// The evaluator: a tail-calling tree walker over S-expressions with special
// forms, closures, macros, quasiquote and exceptions (try/catch built on
// Go's panic and recover).

package main

// Interp holds the global environment and interpreter state.
type Interp struct {
	Global  *Env
	Out     []string // output of the current line, flushed by newline
	gensyms int
	depth   int
	Steps   int
}

// MaxDepth bounds non-tail recursion so that runaway programs fail cleanly.
const MaxDepth = 10000

func NewInterp() *Interp {
	in := &Interp{Global: NewEnv(nil)}
	installBuiltins(in)
	return in
}

type specialForm func(in *Interp, args []Value, env *Env) (Value, *Env, bool)

// specialForms maps names to handlers. A handler returns either a final
// value (done=true) or an expression and environment to continue with, which
// is how tail calls avoid growing the Go stack.
var specialForms map[Sym]specialForm

func init() {
	specialForms = map[Sym]specialForm{
		"quote":      formQuote,
		"quasiquote": formQuasi,
		"if":         formIf,
		"define":     formDefine,
		"set!":       formSet,
		"lambda":     formLambda,
		"let":        formLet,
		"let*":       formLetStar,
		"letrec":     formLetrec,
		"begin":      formBegin,
		"cond":       formCond,
		"and":        formAnd,
		"or":         formOr,
		"when":       formWhen,
		"unless":     formUnless,
		"while":      formWhile,
		"defmacro":   formDefmacro,
		"try":        formTry,
		"case":       formCase,
	}
}

// Eval evaluates x in env.
func (in *Interp) Eval(x Value, env *Env) Value {
	in.depth++
	defer func() { in.depth-- }()
	if in.depth > MaxDepth {
		throw("recursion too deep")
	}
	for {
		in.Steps++
		switch v := x.(type) {
		case Sym:
			return env.Lookup(v)
		case *Pair:
			if s, ok := v.Car.(Sym); ok {
				if form, ok := specialForms[s]; ok {
					args := ListToSlice(v.Cdr)
					res, next, done := form(in, args, env)
					if done {
						return res
					}
					x, env = res, next
					continue
				}
				if m, ok := lookupMacro(env, s); ok {
					x = in.expandMacro(m, ListToSlice(v.Cdr))
					continue
				}
			}
			fn := in.Eval(v.Car, env)
			argForms := ListToSlice(v.Cdr)
			args := make([]Value, len(argForms))
			for i, a := range argForms {
				args[i] = in.Eval(a, env)
			}
			if lam, ok := fn.(*Lambda); ok {
				env = bindParams(lam, args)
				for _, b := range lam.Body[:len(lam.Body)-1] {
					in.Eval(b, env)
				}
				x = lam.Body[len(lam.Body)-1]
				continue
			}
			return in.Apply(fn, args)
		case Null:
			throw("cannot evaluate the empty list")
		default:
			return x
		}
	}
}

func lookupMacro(env *Env, s Sym) (*Macro, bool) {
	for f := env; f != nil; f = f.parent {
		if v, ok := f.vars[s]; ok {
			m, isMacro := v.(*Macro)
			return m, isMacro
		}
	}
	return nil, false
}

// Apply calls a procedure with evaluated arguments.
func (in *Interp) Apply(fn Value, args []Value) Value {
	switch f := fn.(type) {
	case *Builtin:
		if len(args) < f.MinArgs || (f.MaxArgs >= 0 && len(args) > f.MaxArgs) {
			throw(f.Name + ": wrong number of arguments: " + itoa(int64(len(args))))
		}
		return f.Fn(in, args)
	case *Lambda:
		env := bindParams(f, args)
		var res Value = None
		for _, b := range f.Body {
			res = in.Eval(b, env)
		}
		return res
	}
	throw("not a procedure: " + Repr(fn))
	return nil
}

func bindParams(lam *Lambda, args []Value) *Env {
	n := len(lam.Params)
	if len(args) < n || (lam.Rest == "" && len(args) > n) {
		name := lam.Name
		if name == "" {
			name = "lambda"
		}
		throw(name + ": expected " + itoa(int64(n)) + " arguments, got " + itoa(int64(len(args))))
	}
	env := NewEnv(lam.Env)
	for i, p := range lam.Params {
		env.Define(p, args[i])
	}
	if lam.Rest != "" {
		env.Define(lam.Rest, List(args[n:]...))
	}
	return env
}

func (in *Interp) expandMacro(m *Macro, args []Value) Value {
	return in.Apply(m.Proc, args)
}

// MacroExpand expands the outermost macro call of x repeatedly.
func (in *Interp) MacroExpand(x Value, env *Env) Value {
	for {
		p, ok := x.(*Pair)
		if !ok {
			return x
		}
		s, ok := p.Car.(Sym)
		if !ok {
			return x
		}
		m, ok := lookupMacro(env, s)
		if !ok {
			return x
		}
		x = in.expandMacro(m, ListToSlice(p.Cdr))
	}
}

func need(form string, args []Value, min int) {
	if len(args) < min {
		throw(form + ": bad syntax")
	}
}

func formQuote(in *Interp, args []Value, env *Env) (Value, *Env, bool) {
	need("quote", args, 1)
	return args[0], nil, true
}

func formIf(in *Interp, args []Value, env *Env) (Value, *Env, bool) {
	need("if", args, 2)
	if Truthy(in.Eval(args[0], env)) {
		return args[1], env, false
	}
	if len(args) > 2 {
		return args[2], env, false
	}
	return None, nil, true
}

func formDefine(in *Interp, args []Value, env *Env) (Value, *Env, bool) {
	need("define", args, 1)
	switch target := args[0].(type) {
	case Sym:
		var v Value = None
		if len(args) > 1 {
			v = in.Eval(args[1], env)
		}
		if lam, ok := v.(*Lambda); ok && lam.Name == "" {
			lam.Name = string(target)
		}
		env.Define(target, v)
		return Sym(target), nil, true
	case *Pair:
		name, ok := target.Car.(Sym)
		if !ok {
			throw("define: bad procedure name")
		}
		lam := makeLambda(target.Cdr, args[1:], env)
		lam.Name = string(name)
		env.Define(name, lam)
		return name, nil, true
	}
	throw("define: bad syntax")
	return nil, nil, true
}

func formSet(in *Interp, args []Value, env *Env) (Value, *Env, bool) {
	need("set!", args, 2)
	s, ok := args[0].(Sym)
	if !ok {
		throw("set!: not a symbol")
	}
	env.Set(s, in.Eval(args[1], env))
	return None, nil, true
}

func makeLambda(params Value, body []Value, env *Env) *Lambda {
	if len(body) == 0 {
		throw("lambda: empty body")
	}
	lam := &Lambda{Body: body, Env: env}
	for {
		switch p := params.(type) {
		case Null:
			return lam
		case Sym:
			lam.Rest = p
			return lam
		case *Pair:
			s, ok := p.Car.(Sym)
			if !ok {
				throw("lambda: parameter is not a symbol: " + Repr(p.Car))
			}
			lam.Params = append(lam.Params, s)
			params = p.Cdr
		default:
			throw("lambda: bad parameter list")
		}
	}
}

func formLambda(in *Interp, args []Value, env *Env) (Value, *Env, bool) {
	need("lambda", args, 2)
	return makeLambda(args[0], args[1:], env), nil, true
}

func bindingsOf(form string, v Value) [][2]Value {
	var out [][2]Value
	for _, b := range ListToSlice(v) {
		pair := ListToSlice(b)
		if len(pair) != 2 {
			throw(form + ": bad binding " + Repr(b))
		}
		out = append(out, [2]Value{pair[0], pair[1]})
	}
	return out
}

func bodyTail(in *Interp, body []Value, env *Env) (Value, *Env, bool) {
	if len(body) == 0 {
		return None, nil, true
	}
	for _, b := range body[:len(body)-1] {
		in.Eval(b, env)
	}
	return body[len(body)-1], env, false
}

func formLet(in *Interp, args []Value, env *Env) (Value, *Env, bool) {
	need("let", args, 2)
	if name, ok := args[0].(Sym); ok {
		// Named let: (let loop ((i 0)) body) defines a local procedure.
		bs := bindingsOf("let", args[1])
		params := make([]Value, len(bs))
		vals := make([]Value, len(bs))
		for i, b := range bs {
			params[i] = b[0]
			vals[i] = in.Eval(b[1], env)
		}
		loopEnv := NewEnv(env)
		lam := makeLambda(List(params...), args[2:], loopEnv)
		lam.Name = string(name)
		loopEnv.Define(name, lam)
		return bodyTail(in, lam.Body, bindParams(lam, vals))
	}
	inner := NewEnv(env)
	for _, b := range bindingsOf("let", args[0]) {
		s, ok := b[0].(Sym)
		if !ok {
			throw("let: not a symbol")
		}
		inner.Define(s, in.Eval(b[1], env))
	}
	return bodyTail(in, args[1:], inner)
}

func formLetStar(in *Interp, args []Value, env *Env) (Value, *Env, bool) {
	need("let*", args, 2)
	for _, b := range bindingsOf("let*", args[0]) {
		inner := NewEnv(env)
		inner.Define(b[0].(Sym), in.Eval(b[1], env))
		env = inner
	}
	return bodyTail(in, args[1:], NewEnv(env))
}

func formLetrec(in *Interp, args []Value, env *Env) (Value, *Env, bool) {
	need("letrec", args, 2)
	inner := NewEnv(env)
	bs := bindingsOf("letrec", args[0])
	for _, b := range bs {
		inner.Define(b[0].(Sym), None)
	}
	for _, b := range bs {
		v := in.Eval(b[1], inner)
		if lam, ok := v.(*Lambda); ok && lam.Name == "" {
			lam.Name = string(b[0].(Sym))
		}
		inner.Define(b[0].(Sym), v)
	}
	return bodyTail(in, args[1:], inner)
}

func formBegin(in *Interp, args []Value, env *Env) (Value, *Env, bool) {
	return bodyTail(in, args, env)
}

func formCond(in *Interp, args []Value, env *Env) (Value, *Env, bool) {
	for _, clause := range args {
		parts := ListToSlice(clause)
		if len(parts) == 0 {
			throw("cond: empty clause")
		}
		if s, ok := parts[0].(Sym); ok && s == "else" {
			return bodyTail(in, parts[1:], env)
		}
		test := in.Eval(parts[0], env)
		if Truthy(test) {
			if len(parts) == 1 {
				return test, nil, true
			}
			return bodyTail(in, parts[1:], env)
		}
	}
	return None, nil, true
}

func formCase(in *Interp, args []Value, env *Env) (Value, *Env, bool) {
	need("case", args, 1)
	key := in.Eval(args[0], env)
	for _, clause := range args[1:] {
		parts := ListToSlice(clause)
		if len(parts) == 0 {
			throw("case: empty clause")
		}
		if s, ok := parts[0].(Sym); ok && s == "else" {
			return bodyTail(in, parts[1:], env)
		}
		for _, d := range ListToSlice(parts[0]) {
			if Equal(d, key) {
				return bodyTail(in, parts[1:], env)
			}
		}
	}
	return None, nil, true
}

func formAnd(in *Interp, args []Value, env *Env) (Value, *Env, bool) {
	if len(args) == 0 {
		return True, nil, true
	}
	for _, a := range args[:len(args)-1] {
		if !Truthy(in.Eval(a, env)) {
			return False, nil, true
		}
	}
	return args[len(args)-1], env, false
}

func formOr(in *Interp, args []Value, env *Env) (Value, *Env, bool) {
	if len(args) == 0 {
		return False, nil, true
	}
	for _, a := range args[:len(args)-1] {
		if v := in.Eval(a, env); Truthy(v) {
			return v, nil, true
		}
	}
	return args[len(args)-1], env, false
}

func formWhen(in *Interp, args []Value, env *Env) (Value, *Env, bool) {
	need("when", args, 1)
	if Truthy(in.Eval(args[0], env)) {
		return bodyTail(in, args[1:], env)
	}
	return None, nil, true
}

func formUnless(in *Interp, args []Value, env *Env) (Value, *Env, bool) {
	need("unless", args, 1)
	if !Truthy(in.Eval(args[0], env)) {
		return bodyTail(in, args[1:], env)
	}
	return None, nil, true
}

func formWhile(in *Interp, args []Value, env *Env) (Value, *Env, bool) {
	need("while", args, 1)
	for Truthy(in.Eval(args[0], env)) {
		for _, b := range args[1:] {
			in.Eval(b, env)
		}
	}
	return None, nil, true
}

func formDefmacro(in *Interp, args []Value, env *Env) (Value, *Env, bool) {
	need("defmacro", args, 3)
	name, ok := args[0].(Sym)
	if !ok {
		throw("defmacro: bad name")
	}
	lam := makeLambda(args[1], args[2:], env)
	lam.Name = string(name)
	env.Define(name, &Macro{Proc: lam})
	return name, nil, true
}

// formTry implements (try body... (catch e handler...)). The handler sees
// the payload of the LispError; Go runtime errors are caught too and turned
// into strings, so that a bug in a primitive cannot kill the interpreter.
func formTry(in *Interp, args []Value, env *Env) (Value, *Env, bool) {
	need("try", args, 2)
	last, ok := args[len(args)-1].(*Pair)
	if !ok || last.Car != Value(Sym("catch")) {
		throw("try: missing (catch var body...)")
	}
	clause := ListToSlice(last)
	if len(clause) < 3 {
		throw("try: bad catch clause")
	}
	name, ok := clause[1].(Sym)
	if !ok {
		throw("try: catch variable is not a symbol")
	}
	body := args[:len(args)-1]
	result, payload, failed := in.protect(body, env)
	if !failed {
		return result, nil, true
	}
	henv := NewEnv(env)
	henv.Define(name, payload)
	return bodyTail(in, clause[2:], henv)
}

func (in *Interp) protect(body []Value, env *Env) (result Value, payload Value, failed bool) {
	depth := in.depth
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		in.depth = depth
		failed = true
		switch e := r.(type) {
		case *LispError:
			payload = e.Payload
		case error:
			payload = Str("go runtime: " + e.Error())
		default:
			panic(r)
		}
	}()
	result = None
	for _, b := range body {
		result = in.Eval(b, env)
	}
	return result, nil, false
}

// formQuasi implements quasiquote with unquote and unquote-splicing at any
// depth of list nesting (nested quasiquotes are not supported).
func formQuasi(in *Interp, args []Value, env *Env) (Value, *Env, bool) {
	need("quasiquote", args, 1)
	return in.quasi(args[0], env), nil, true
}

func (in *Interp) quasi(x Value, env *Env) Value {
	p, ok := x.(*Pair)
	if !ok {
		if v, isVec := x.(*Vector); isVec {
			items := make([]Value, len(v.Items))
			for i, it := range v.Items {
				items[i] = in.quasi(it, env)
			}
			return &Vector{items}
		}
		return x
	}
	if s, ok := p.Car.(Sym); ok && s == "unquote" {
		return in.Eval(ListToSlice(p.Cdr)[0], env)
	}
	var out []Value
	var v Value = p
	for {
		cell, ok := v.(*Pair)
		if !ok {
			break
		}
		if s, ok := cell.Car.(Sym); ok && s == "unquote" {
			// A dotted unquote: `(a . ,b)
			tail := in.Eval(ListToSlice(cell.Cdr)[0], env)
			res := tail
			for i := len(out) - 1; i >= 0; i-- {
				res = Cons(out[i], res)
			}
			return res
		}
		if inner, ok := cell.Car.(*Pair); ok {
			if s, ok := inner.Car.(Sym); ok && s == "unquote-splicing" {
				spliced := in.Eval(ListToSlice(inner.Cdr)[0], env)
				out = append(out, ListToSlice(spliced)...)
				v = cell.Cdr
				continue
			}
		}
		out = append(out, in.quasi(cell.Car, env))
		v = cell.Cdr
	}
	var res Value = in.quasi(v, env)
	for i := len(out) - 1; i >= 0; i-- {
		res = Cons(out[i], res)
	}
	return res
}
