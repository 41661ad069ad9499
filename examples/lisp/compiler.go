// A bytecode compiler for the integer subset of the language, and the stack
// machine that runs it. The same programs run in the tree-walking evaluator
// and here, and main compares the answers.
//
// Subset: (define (f params...) body), integer literals, #t/#f, parameters
// and let-bound locals, + - * quotient remainder, = < > <= >=, not, if, let,
// begin, and calls to defined functions.

package main

// Op is a VM instruction code.
type Op uint8

const (
	OpConst Op = iota // push consts[A]
	OpLoad            // push locals[A]
	OpStore           // locals[A] = pop
	OpAdd
	OpSub
	OpMul
	OpQuot
	OpRem
	OpEq
	OpLt
	OpGt
	OpLe
	OpGe
	OpNot
	OpJump      // pc = A
	OpJumpFalse // if !pop { pc = A }
	OpCall      // call funcs[A] with B arguments
	OpTailCall  // reuse the frame for funcs[A] with B arguments
	OpReturn
	OpPop
)

var opNames = map[Op]string{
	OpConst: "const", OpLoad: "load", OpStore: "store", OpAdd: "add", OpSub: "sub",
	OpMul: "mul", OpQuot: "quot", OpRem: "rem", OpEq: "eq", OpLt: "lt", OpGt: "gt",
	OpLe: "le", OpGe: "ge", OpNot: "not", OpJump: "jump", OpJumpFalse: "jumpf",
	OpCall: "call", OpTailCall: "tailcall", OpReturn: "ret", OpPop: "pop",
}

// Instr is one instruction with up to two operands.
type Instr struct {
	Op   Op
	A, B int
}

// Proto is a compiled function.
type Proto struct {
	Name    string
	NParams int
	NLocals int
	Code    []Instr
	Consts  []int64
}

// Program is a set of compiled functions addressed by index.
type Program struct {
	Funcs []*Proto
	index map[string]int
}

// CompileError reports what the compiler could not handle.
type CompileError struct{ Msg string }

func (e *CompileError) Error() string { return "compile: " + e.Msg }

type funcCompiler struct {
	prog   *Program
	proto  *Proto
	scopes []map[Sym]int
}

func compileFail(msg string) { panic(&CompileError{msg}) }

// Compile compiles a list of (define (f ...) ...) forms. It returns an error
// value instead of panicking, so that callers can report unsupported code.
func Compile(forms []Value) (prog *Program, err error) {
	defer func() {
		if r := recover(); r != nil {
			ce, ok := r.(*CompileError)
			if !ok {
				panic(r)
			}
			prog, err = nil, ce
		}
	}()
	prog = &Program{index: map[string]int{}}
	type pending struct {
		proto  *Proto
		params []Sym
		body   []Value
	}
	var todo []pending
	// First pass: declare every function so that calls can be forward.
	for _, f := range forms {
		parts := ListToSlice(f)
		if len(parts) < 3 || parts[0] != Value(Sym("define")) {
			compileFail("only (define (f ...) body) is allowed at top level: " + Repr(f))
		}
		sig, ok := parts[1].(*Pair)
		if !ok {
			compileFail("only procedure definitions are supported")
		}
		name := string(sig.Car.(Sym))
		var params []Sym
		for _, p := range ListToSlice(sig.Cdr) {
			params = append(params, p.(Sym))
		}
		proto := &Proto{Name: name, NParams: len(params)}
		prog.index[name] = len(prog.Funcs)
		prog.Funcs = append(prog.Funcs, proto)
		todo = append(todo, pending{proto, params, parts[2:]})
	}
	for _, p := range todo {
		fc := &funcCompiler{prog: prog, proto: p.proto}
		scope := map[Sym]int{}
		for i, s := range p.params {
			scope[s] = i
		}
		fc.proto.NLocals = len(p.params)
		fc.scopes = []map[Sym]int{scope}
		fc.body(p.body, true)
		fc.emit(OpReturn, 0, 0)
	}
	return prog, nil
}

func (fc *funcCompiler) emit(op Op, a, b int) int {
	fc.proto.Code = append(fc.proto.Code, Instr{op, a, b})
	return len(fc.proto.Code) - 1
}

func (fc *funcCompiler) constant(n int64) {
	for i, c := range fc.proto.Consts {
		if c == n {
			fc.emit(OpConst, i, 0)
			return
		}
	}
	fc.proto.Consts = append(fc.proto.Consts, n)
	fc.emit(OpConst, len(fc.proto.Consts)-1, 0)
}

func (fc *funcCompiler) lookup(s Sym) int {
	for i := len(fc.scopes) - 1; i >= 0; i-- {
		if slot, ok := fc.scopes[i][s]; ok {
			return slot
		}
	}
	compileFail("unknown variable " + string(s))
	return 0
}

func (fc *funcCompiler) body(forms []Value, tail bool) {
	for i, f := range forms {
		last := i == len(forms)-1
		fc.expr(f, tail && last)
		if !last {
			fc.emit(OpPop, 0, 0)
		}
	}
}

var binOps = map[Sym]Op{
	"+": OpAdd, "-": OpSub, "*": OpMul, "quotient": OpQuot, "remainder": OpRem,
	"=": OpEq, "<": OpLt, ">": OpGt, "<=": OpLe, ">=": OpGe,
}

func (fc *funcCompiler) expr(x Value, tail bool) {
	switch v := x.(type) {
	case Int:
		fc.constant(int64(v))
	case Bool:
		if v {
			fc.constant(1)
		} else {
			fc.constant(0)
		}
	case Sym:
		fc.emit(OpLoad, fc.lookup(v), 0)
	case *Pair:
		fc.form(v, tail)
	default:
		compileFail("unsupported value " + Repr(x))
	}
}

func (fc *funcCompiler) form(p *Pair, tail bool) {
	head, ok := p.Car.(Sym)
	if !ok {
		compileFail("calls must name a function")
	}
	args := ListToSlice(p.Cdr)
	if op, ok := binOps[head]; ok {
		if len(args) != 2 {
			compileFail(string(head) + " takes two operands in compiled code")
		}
		fc.expr(args[0], false)
		fc.expr(args[1], false)
		fc.emit(op, 0, 0)
		return
	}
	switch head {
	case "not":
		fc.expr(args[0], false)
		fc.emit(OpNot, 0, 0)
	case "if":
		fc.expr(args[0], false)
		jf := fc.emit(OpJumpFalse, 0, 0)
		fc.expr(args[1], tail)
		j := fc.emit(OpJump, 0, 0)
		fc.proto.Code[jf].A = len(fc.proto.Code)
		if len(args) > 2 {
			fc.expr(args[2], tail)
		} else {
			fc.constant(0)
		}
		fc.proto.Code[j].A = len(fc.proto.Code)
	case "begin":
		fc.body(args, tail)
	case "let":
		scope := map[Sym]int{}
		for _, b := range ListToSlice(args[0]) {
			pair := ListToSlice(b)
			fc.expr(pair[1], false)
			slot := fc.proto.NLocals
			fc.proto.NLocals++
			fc.emit(OpStore, slot, 0)
			scope[pair[0].(Sym)] = slot
		}
		fc.scopes = append(fc.scopes, scope)
		fc.body(args[1:], tail)
		fc.scopes = fc.scopes[:len(fc.scopes)-1]
	default:
		idx, ok := fc.prog.index[string(head)]
		if !ok {
			compileFail("unknown function " + string(head))
		}
		if n := fc.prog.Funcs[idx].NParams; n != len(args) {
			compileFail(string(head) + " expects " + itoa(int64(n)) + " arguments")
		}
		for _, a := range args {
			fc.expr(a, false)
		}
		if tail {
			fc.emit(OpTailCall, idx, len(args))
		} else {
			fc.emit(OpCall, idx, len(args))
		}
	}
}

// Disassemble renders a function's code.
func (p *Proto) Disassemble() []string {
	var out []string
	for i, in := range p.Code {
		line := "  " + itoa(int64(i)) + ": " + opNames[in.Op]
		switch in.Op {
		case OpConst:
			line += " " + itoa(p.Consts[in.A])
		case OpLoad, OpStore, OpJump, OpJumpFalse:
			line += " " + itoa(int64(in.A))
		case OpCall, OpTailCall:
			line += " #" + itoa(int64(in.A)) + "/" + itoa(int64(in.B))
		}
		out = append(out, line)
	}
	return out
}

// --- the virtual machine ---

type frame struct {
	proto *Proto
	pc    int
	base  int // index of local 0 in the value stack
}

// VM executes a Program. The value stack holds locals and temporaries of
// every active frame; frames live on a separate stack.
type VM struct {
	prog   *Program
	stack  []int64
	frames []frame
	Steps  int
	MaxSP  int
}

// VMError is a run-time failure inside the VM.
type VMError struct{ Msg string }

func (e *VMError) Error() string { return "vm: " + e.Msg }

func (vm *VM) push(v int64) {
	vm.stack = append(vm.stack, v)
	if len(vm.stack) > vm.MaxSP {
		vm.MaxSP = len(vm.stack)
	}
}

func (vm *VM) pop() int64 {
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// Run calls the named function with integer arguments.
func (vm *VM) Run(name string, args ...int64) (result int64, err error) {
	defer func() {
		if r := recover(); r != nil {
			switch e := r.(type) {
			case *VMError:
				err = e
			case error: // a Go runtime error such as division by zero
				err = &VMError{e.Error()}
			default:
				panic(r)
			}
		}
	}()
	idx, ok := vm.prog.index[name]
	if !ok {
		return 0, &VMError{"no function " + name}
	}
	vm.stack = vm.stack[:0]
	vm.frames = vm.frames[:0]
	for _, a := range args {
		vm.push(a)
	}
	vm.enter(idx, len(args))
	return vm.loop(), nil
}

func (vm *VM) enter(idx, nargs int) {
	p := vm.prog.Funcs[idx]
	base := len(vm.stack) - nargs
	for i := nargs; i < p.NLocals; i++ {
		vm.push(0)
	}
	if len(vm.frames) > 100000 {
		panic(&VMError{"stack overflow in " + p.Name})
	}
	vm.frames = append(vm.frames, frame{proto: p, base: base})
}

func (vm *VM) loop() int64 {
	for {
		fr := &vm.frames[len(vm.frames)-1]
		in := fr.proto.Code[fr.pc]
		fr.pc++
		vm.Steps++
		switch in.Op {
		case OpConst:
			vm.push(fr.proto.Consts[in.A])
		case OpLoad:
			vm.push(vm.stack[fr.base+in.A])
		case OpStore:
			vm.stack[fr.base+in.A] = vm.pop()
		case OpAdd, OpSub, OpMul, OpQuot, OpRem, OpEq, OpLt, OpGt, OpLe, OpGe:
			b := vm.pop()
			a := vm.pop()
			var r int64
			switch in.Op {
			case OpAdd:
				r = a + b
			case OpSub:
				r = a - b
			case OpMul:
				r = a * b
			case OpQuot:
				r = a / b // division by zero panics; Run reports it
			case OpRem:
				r = a % b
			case OpEq:
				r = b2i(a == b)
			case OpLt:
				r = b2i(a < b)
			case OpGt:
				r = b2i(a > b)
			case OpLe:
				r = b2i(a <= b)
			case OpGe:
				r = b2i(a >= b)
			}
			vm.push(r)
		case OpNot:
			vm.push(b2i(vm.pop() == 0))
		case OpJump:
			fr.pc = in.A
		case OpJumpFalse:
			if vm.pop() == 0 {
				fr.pc = in.A
			}
		case OpCall:
			vm.enter(in.A, in.B)
		case OpTailCall:
			// Move the arguments down over the current frame's locals.
			args := vm.stack[len(vm.stack)-in.B:]
			copy(vm.stack[fr.base:], args)
			vm.stack = vm.stack[:fr.base+in.B]
			vm.frames = vm.frames[:len(vm.frames)-1]
			vm.enter(in.A, in.B)
		case OpPop:
			vm.pop()
		case OpReturn:
			r := vm.pop()
			vm.stack = vm.stack[:fr.base]
			vm.frames = vm.frames[:len(vm.frames)-1]
			if len(vm.frames) == 0 {
				return r
			}
			vm.push(r)
		default:
			panic(&VMError{"bad opcode"})
		}
	}
}
