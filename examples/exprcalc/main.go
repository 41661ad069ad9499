// Command exprcalc parses and evaluates arithmetic expressions with
// variables, function calls and assignments. A hand-written scanner and a
// recursive-descent parser build a small syntax tree; evaluation reports
// failures as error values that callers inspect with errors.Is and
// errors.As.
//
// Grammar:
//
//	stmt   = ident "=" expr | expr
//	expr   = term { ("+" | "-") term }
//	term   = unary { ("*" | "/" | "%") unary }
//	unary  = "-" unary | power
//	power  = primary [ "^" unary ]
//	primary = number | ident | ident "(" [ expr { "," expr } ] ")" | "(" expr ")"
package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// ---- Errors

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

var (
	ErrDivByZero = errors.New("division by zero")
	ErrUndefined = errors.New("undefined")
	ErrDomain    = errors.New("argument out of domain")
)

// ---- Scanner

type tokKind int

const (
	tEOF tokKind = iota
	tNum
	tIdent
	tOp
)

type token struct {
	kind tokKind
	text string
	pos  int
	num  float64
}

func (t token) String() string {
	switch t.kind {
	case tEOF:
		return "end of input"
	case tNum:
		return "number " + t.text
	case tIdent:
		return "name " + strconv.Quote(t.text)
	}
	return strconv.Quote(t.text)
}

func scan(src string) ([]token, error) {
	var toks []token
	i := 0
	for i < len(src) {
		c := rune(src[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(src) && (unicode.IsDigit(rune(src[j])) || src[j] == '.' || src[j] == 'e' ||
				(src[j] == '-' && j > i && src[j-1] == 'e')) {
				j++
			}
			v, err := strconv.ParseFloat(src[i:j], 64)
			if err != nil {
				return nil, &SyntaxError{i, fmt.Sprintf("bad number %q: %v", src[i:j], errors.Unwrap(err))}
			}
			toks = append(toks, token{tNum, src[i:j], i, v})
			i = j
		case unicode.IsLetter(c) || c == '_':
			j := i
			for j < len(src) && (unicode.IsLetter(rune(src[j])) || unicode.IsDigit(rune(src[j])) || src[j] == '_') {
				j++
			}
			toks = append(toks, token{tIdent, src[i:j], i, 0})
			i = j
		case strings.ContainsRune("+-*/%^(),=", c):
			toks = append(toks, token{tOp, string(c), i, 0})
			i++
		default:
			return nil, &SyntaxError{i, fmt.Sprintf("unexpected character %q", c)}
		}
	}
	return append(toks, token{kind: tEOF, pos: len(src)}), nil
}

// ---- Syntax tree

type Node interface {
	Eval(env *Env) (float64, error)
	String() string
}

type Num float64
type Var string
type Unary struct {
	Op string
	X  Node
}
type Binary struct {
	Op   string
	X, Y Node
}
type Call struct {
	Fn   string
	Args []Node
}

func (n Num) String() string    { return strconv.FormatFloat(float64(n), 'g', -1, 64) }
func (v Var) String() string    { return string(v) }
func (u *Unary) String() string { return "(" + u.Op + u.X.String() + ")" }
func (b *Binary) String() string {
	return "(" + b.X.String() + " " + b.Op + " " + b.Y.String() + ")"
}
func (c *Call) String() string {
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		parts[i] = a.String()
	}
	return c.Fn + "(" + strings.Join(parts, ", ") + ")"
}

// ---- Parser

type parser struct {
	toks []token
	i    int
}

func (p *parser) peek() token { return p.toks[p.i] }
func (p *parser) next() token {
	t := p.toks[p.i]
	if t.kind != tEOF {
		p.i++
	}
	return t
}
func (p *parser) isOp(s string) bool { t := p.peek(); return t.kind == tOp && t.text == s }
func (p *parser) expect(s string) error {
	if !p.isOp(s) {
		t := p.peek()
		return &SyntaxError{t.pos, fmt.Sprintf("expected %q, found %v", s, t)}
	}
	p.next()
	return nil
}

func (p *parser) expr() (Node, error) {
	x, err := p.term()
	for err == nil && (p.isOp("+") || p.isOp("-")) {
		op := p.next().text
		var y Node
		if y, err = p.term(); err == nil {
			x = &Binary{op, x, y}
		}
	}
	return x, err
}

func (p *parser) term() (Node, error) {
	x, err := p.unary()
	for err == nil && (p.isOp("*") || p.isOp("/") || p.isOp("%")) {
		op := p.next().text
		var y Node
		if y, err = p.unary(); err == nil {
			x = &Binary{op, x, y}
		}
	}
	return x, err
}

func (p *parser) unary() (Node, error) {
	if p.isOp("-") {
		p.next()
		x, err := p.unary()
		if err != nil {
			return nil, err
		}
		return &Unary{"-", x}, nil
	}
	return p.power()
}

func (p *parser) power() (Node, error) {
	x, err := p.primary()
	if err != nil || !p.isOp("^") {
		return x, err
	}
	p.next()
	y, err := p.unary()
	if err != nil {
		return nil, err
	}
	return &Binary{"^", x, y}, nil
}

func (p *parser) primary() (Node, error) {
	t := p.next()
	switch {
	case t.kind == tNum:
		return Num(t.num), nil
	case t.kind == tIdent:
		if !p.isOp("(") {
			return Var(t.text), nil
		}
		p.next()
		call := &Call{Fn: t.text}
		for !p.isOp(")") {
			if len(call.Args) > 0 {
				if err := p.expect(","); err != nil {
					return nil, err
				}
			}
			a, err := p.expr()
			if err != nil {
				return nil, err
			}
			call.Args = append(call.Args, a)
		}
		p.next()
		return call, nil
	case t.kind == tOp && t.text == "(":
		x, err := p.expr()
		if err != nil {
			return nil, err
		}
		return x, p.expect(")")
	}
	return nil, &SyntaxError{t.pos, fmt.Sprintf("unexpected %v", t)}
}

// ---- Evaluation

type Env struct {
	vars  map[string]float64
	funcs map[string]func(args []float64) (float64, error)
}

func (n Num) Eval(*Env) (float64, error) { return float64(n), nil }

func (v Var) Eval(env *Env) (float64, error) {
	if x, ok := env.vars[string(v)]; ok {
		return x, nil
	}
	return 0, fmt.Errorf("variable %s: %w", string(v), ErrUndefined)
}

func (u *Unary) Eval(env *Env) (float64, error) {
	x, err := u.X.Eval(env)
	return -x, err
}

func (b *Binary) Eval(env *Env) (float64, error) {
	x, err := b.X.Eval(env)
	if err != nil {
		return 0, err
	}
	y, err := b.Y.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case "+":
		return x + y, nil
	case "-":
		return x - y, nil
	case "*":
		return x * y, nil
	case "/", "%":
		if y == 0 {
			return 0, fmt.Errorf("%v: %w", b, ErrDivByZero)
		}
		if b.Op == "/" {
			return x / y, nil
		}
		return math.Mod(x, y), nil
	case "^":
		return math.Pow(x, y), nil
	}
	panic("unknown operator " + b.Op)
}

func (c *Call) Eval(env *Env) (float64, error) {
	f, ok := env.funcs[c.Fn]
	if !ok {
		return 0, fmt.Errorf("function %s: %w", c.Fn, ErrUndefined)
	}
	args := make([]float64, len(c.Args))
	for i, a := range c.Args {
		v, err := a.Eval(env)
		if err != nil {
			return 0, err
		}
		args[i] = v
	}
	v, err := f(args)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", c, err)
	}
	return v, nil
}

func fixed(n int, f func(a []float64) (float64, error)) func([]float64) (float64, error) {
	return func(a []float64) (float64, error) {
		if len(a) != n {
			return 0, fmt.Errorf("want %d argument(s), got %d", n, len(a))
		}
		return f(a)
	}
}

func newEnv() *Env {
	return &Env{
		vars: map[string]float64{"pi": math.Pi, "e": math.E},
		funcs: map[string]func([]float64) (float64, error){
			"sqrt": fixed(1, func(a []float64) (float64, error) {
				if a[0] < 0 {
					return 0, ErrDomain
				}
				return math.Sqrt(a[0]), nil
			}),
			"abs": fixed(1, func(a []float64) (float64, error) { return math.Abs(a[0]), nil }),
			"max": func(a []float64) (float64, error) {
				if len(a) == 0 {
					return 0, errors.New("max of nothing")
				}
				m := a[0]
				for _, x := range a[1:] {
					m = math.Max(m, x)
				}
				return m, nil
			},
			"hypot": fixed(2, func(a []float64) (float64, error) { return math.Hypot(a[0], a[1]), nil }),
		},
	}
}

// run parses and evaluates one line: an assignment or an expression.
func run(env *Env, line string) (string, error) {
	toks, err := scan(line)
	if err != nil {
		return "", err
	}
	p := &parser{toks: toks}
	target := ""
	if len(toks) > 2 && toks[0].kind == tIdent && toks[1].kind == tOp && toks[1].text == "=" {
		target = toks[0].text
		p.i = 2
	}
	n, err := p.expr()
	if err != nil {
		return "", err
	}
	if t := p.peek(); t.kind != tEOF {
		return "", &SyntaxError{t.pos, fmt.Sprintf("unexpected %v after expression", t)}
	}
	v, err := n.Eval(env)
	if err != nil {
		return "", err
	}
	if target != "" {
		env.vars[target] = v
		return fmt.Sprintf("%s = %g", target, v), nil
	}
	return fmt.Sprintf("%v = %.6g", n, v), nil
}

func main() {
	lines := []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"-2 ^ 2",
		"2 ^ 3 ^ 2",
		"r = 2.5",
		"area = pi * r ^ 2",
		"area / 2",
		"sqrt(16) + abs(-3) + max(1, 7, 3)",
		"hypot(3, 4) % 3",
		"1e3 / 8",
		"10 / (5 - 5)",
		"sqrt(-1)",
		"hypot(1)",
		"x + 1",
		"foo(2)",
		"3 + * 4",
		"(1 + 2",
		"2 $ 3",
		"1.2.3 + 1",
		"max()",
	}
	var syntax, divzero, undefined, other int
	for _, l := range lines {
		out, err := run(newEnvOnce(), l)
		var se *SyntaxError
		switch {
		case err == nil:
			fmt.Printf("%-36s %s\n", l, out)
			continue
		case errors.As(err, &se):
			syntax++
			fmt.Printf("%-36s error: %v\n%s^\n", l, err, strings.Repeat(" ", se.Pos))
			continue
		case errors.Is(err, ErrDivByZero):
			divzero++
		case errors.Is(err, ErrUndefined):
			undefined++
		default:
			other++
		}
		fmt.Printf("%-36s error: %v\n", l, err)
	}
	fmt.Printf("errors: %d syntax, %d division by zero, %d undefined, %d other\n",
		syntax, divzero, undefined, other)
	env := newEnvOnce()
	var names []string
	for k := range env.vars {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Printf("  %-5s %v\n", k, env.vars[k])
	}
	if syntax == 0 {
		os.Exit(1)
	}
}

var sharedEnv *Env

// newEnvOnce returns the one environment all lines share.
func newEnvOnce() *Env {
	if sharedEnv == nil {
		sharedEnv = newEnv()
	}
	return sharedEnv
}
