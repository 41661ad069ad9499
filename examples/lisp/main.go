// Command lisp is a small Scheme-like interpreter with a bytecode compiler
// for its integer subset. It runs the scripts embedded in scripts.go and
// prints what they print; the expected output is examples/lisp/expected.txt.
//
// It is written for golite: no imports, output through the builtin print
// (standard error), deterministic (hash tables print their keys sorted).

package main

// runScript evaluates every form of src, reporting errors per form so that
// one failing form does not stop the script.
func runScript(in *Interp, name, src string) {
	print("== " + name + "\n")
	forms, err := readForms(src)
	if err != "" {
		print("read error: " + err + "\n")
		return
	}
	for _, f := range forms {
		evalTop(in, f)
	}
}

func readForms(src string) (forms []Value, err string) {
	defer func() {
		if r := recover(); r != nil {
			if le, ok := r.(*LispError); ok {
				forms, err = nil, le.Msg
				return
			}
			panic(r)
		}
	}()
	return ReadAll(src), ""
}

func evalTop(in *Interp, f Value) {
	defer func() {
		if r := recover(); r != nil {
			in.depth = 0
			if len(in.Out) > 0 {
				in.flush()
			}
			switch e := r.(type) {
			case *LispError:
				print("error: " + e.Msg + "\n")
			case error:
				print("go panic: " + e.Error() + "\n")
			default:
				panic(r)
			}
		}
	}()
	in.Eval(f, in.Global)
}

// runTokenizerDemo shows the tokens of a short input.
func runTokenizerDemo() {
	print("== tokenizer\n")
	src := "(define (sq x) ; square\n  (* x x)) '(a . b) `(1 ,x ,@y) \"s\\n\" #t [1 2] -42"
	for _, t := range Tokenize(src) {
		text := t.Text
		if t.Kind == TokString {
			text = quoteString(text)
		}
		print(t.Pos.String() + " " + t.Kind.String() + " " + text + "\n")
	}
	for _, bad := range []string{"(1 2", ")", "\"abc", "(a . )", "\"\\q\""} {
		_, err := readForms(bad)
		print("read " + quoteString(bad) + ": " + err + "\n")
	}
}

// runCompilerDemo compiles the integer programs, runs them on the VM and in
// the interpreter, and checks that both agree.
func runCompilerDemo(in *Interp) {
	print("== compiler\n")
	forms, err := readForms(vmProgram)
	if err != "" {
		print("read error: " + err + "\n")
		return
	}
	prog, cerr := Compile(forms)
	if cerr != nil {
		print(cerr.Error() + "\n")
		return
	}
	total := 0
	for _, p := range prog.Funcs {
		total += len(p.Code)
	}
	print("compiled " + itoa(int64(len(prog.Funcs))) + " functions, " + itoa(int64(total)) + " instructions\n")
	print("gcd:\n")
	for _, l := range prog.Funcs[prog.index["gcd"]].Disassemble() {
		print(l + "\n")
	}
	for _, f := range forms {
		in.Eval(f, in.Global)
	}
	vm := &VM{prog: prog}
	cases := []struct {
		fn   string
		args []int64
	}{
		{"fib", []int64{20}},
		{"fact-iter", []int64{20, 1}},
		{"gcd", []int64{1071, 462}},
		{"collatz", []int64{27, 0}},
		{"count-primes", []int64{2000}},
		{"sum-to", []int64{100000, 0}},
		{"ackermann", []int64{2, 3}},
		{"safe-div", []int64{7, 0}},
	}
	for _, c := range cases {
		vmRes, vmErr := vm.Run(c.fn, c.args...)
		argVals := make([]Value, len(c.args))
		argText := ""
		for i, a := range c.args {
			argVals[i] = Int(a)
			argText += " " + itoa(a)
		}
		interp := interpCall(in, c.fn, argVals)
		line := "(" + c.fn + argText + ") vm="
		if vmErr != nil {
			line += "<" + vmErr.Error() + ">"
		} else {
			line += itoa(vmRes)
		}
		line += " interp=" + interp
		if vmErr == nil && interp == itoa(vmRes) {
			line += " agree"
		}
		print(line + "\n")
	}
	print("vm max stack " + itoa(int64(vm.MaxSP)) + "\n")
	for _, bad := range []string{"(define (f x) (g x))", "(define (f x) (car x))", "(define x 1)", "(define (f x) (f x x))"} {
		fs, _ := readForms(bad)
		_, err := Compile(fs)
		print(bad + " => " + err.Error() + "\n")
	}
}

func interpCall(in *Interp, fn string, args []Value) (res string) {
	defer func() {
		if r := recover(); r != nil {
			in.depth = 0
			if le, ok := r.(*LispError); ok {
				res = "<error: " + le.Msg + ">"
				return
			}
			if e, ok := r.(error); ok {
				res = "<" + e.Error() + ">"
				return
			}
			panic(r)
		}
	}()
	return Repr(in.Apply(in.Global.Lookup(Sym(fn)), args))
}

func main() {
	runTokenizerDemo()
	in := NewInterp()
	for _, s := range scripts {
		runScript(in, s.name, s.src)
	}
	runCompilerDemo(in)
	print("== done: " + itoa(int64(len(scripts))) + " scripts\n")
}
