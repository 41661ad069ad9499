// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// PrintDefaults decides whether to show "(default ...)" by comparing the
// default with the String of a fresh zero value of the flag Value's
// dynamic type (for *T, a pointer to a new zero T); a panic in that String
// call is listed after the flags.

package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)

// list: pointer to struct, zero String "".
type list struct{ items []string }

func (l *list) String() string     { return strings.Join(l.items, ",") }
func (l *list) Set(s string) error { l.items = append(l.items, s); return nil }

// level: pointer to struct whose zero String is not empty.
type level struct{ name string }

func (l *level) String() string {
	if l.name == "" {
		return "info"
	}
	return l.name
}
func (l *level) Set(s string) error { l.name = s; return nil }

// ref: the default reads "0" but the zero value prints "unset".
type ref struct{ p *int }

func (r *ref) String() string {
	if r.p == nil {
		return "unset"
	}
	return strconv.Itoa(*r.p)
}
func (r *ref) Set(s string) error { n, err := strconv.Atoi(s); r.p = &n; return err }

// csv: a named slice type with value methods.
type csv []string

func (c csv) String() string {
	if len(c) == 0 {
		return "none"
	}
	return strings.Join(c, ",")
}
func (c csv) Set(s string) error { return errors.New("read-only") }

// kv: a map type.
type kv map[string]int

func (m kv) String() string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%d;", k, m[k])
	}
	return b.String()
}
func (m kv) Set(s string) error { m[s]++; return nil }

// hook: a func type.
type hook func(string) error

func (h hook) String() string     { return "hook" }
func (h hook) Set(s string) error { return h(s) }

// pair: a struct value type.
type pair struct{ a, b int }

func (p pair) String() string     { return fmt.Sprintf("%d:%d", p.a, p.b) }
func (p pair) Set(s string) error { return nil }

// counter: a named integer with pointer methods, zero String "#0".
type counter int

func (c *counter) String() string     { return fmt.Sprintf("#%d", int(*c)) }
func (c *counter) Set(s string) error { *c++; return nil }

// Values whose zero String panics.
type deref struct{ p *int }

func (d *deref) String() string     { return fmt.Sprint(*d.p) }
func (d *deref) Set(s string) error { return nil }

type first []int

func (f first) String() string     { return fmt.Sprint(f[0]) }
func (f first) Set(s string) error { return nil }

type picky int

func (p picky) String() string {
	if p == 0 {
		panic(fmt.Errorf("picky %d", int(p)))
	}
	return "picky"
}
func (p picky) Set(s string) error { return nil }

func main() {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.Var(&list{}, "list-empty", "no items")
	fs.Var(&list{[]string{"a", "b"}}, "list", "two items")
	fs.Var(&level{}, "level-zero", "the zero level")
	fs.Var(&level{"debug"}, "level", "a set level")
	x := 0
	fs.Var(&ref{&x}, "ref", "points at a zero")
	fs.Var(&ref{}, "ref-nil", "points nowhere")
	fs.Var(csv(nil), "csv-nil", "nil slice")
	fs.Var(csv{}, "csv-empty", "empty slice")
	fs.Var(csv{"x", "y"}, "csv", "two strings")
	fs.Var(kv{}, "kv-empty", "empty map")
	fs.Var(kv{"k": 1}, "kv", "one entry")
	fs.Var(hook(func(string) error { return nil }), "hook", "a func")
	fs.Var(pair{}, "pair-zero", "zero pair")
	fs.Var(pair{1, 2}, "pair", "a pair")
	var c counter
	fs.Var(&c, "c", "a `count`er")
	c2 := counter(3)
	fs.Var(&c2, "c3", "a counter at three")
	fs.Bool("b", false, "bool")
	fs.Bool("t", true, "true bool")
	fs.Int("i", 0, "int")
	fs.Int("seven", 7, "int 7")
	fs.String("s", "", "string")
	fs.String("q", "a b", "quoted")
	fs.Duration("d", 0, "no wait")
	fs.Duration("wait", time.Second, "wait")
	fs.Float64("f", 0, "float")
	fs.Func("fn", "func flag", func(string) error { return nil })
	fs.PrintDefaults()

	fmt.Println("== panics")
	p := flag.NewFlagSet("panics", flag.ContinueOnError)
	p.SetOutput(os.Stdout)
	y := 5
	p.Var(&deref{&y}, "deref", "nil pointer")
	p.Var(first{1}, "first", "index")
	p.Int("n", 2, "fine")
	p.Var(picky(3), "picky", "custom error")
	p.Usage()
}

// CHECK:   -b	bool
// CHECK-NEXT:   -c count
// CHECK-NEXT:     	a counter
// CHECK-NEXT:   -c3 value
// CHECK-NEXT:     	a counter at three (default #3)
// CHECK-NEXT:   -csv value
// CHECK-NEXT:     	two strings (default x,y)
// CHECK-NEXT:   -csv-empty value
// CHECK-NEXT:     	empty slice
// CHECK-NEXT:   -csv-nil value
// CHECK-NEXT:     	nil slice
// CHECK-NEXT:   -d duration
// CHECK-NEXT:     	no wait
// CHECK-NEXT:   -f float
// CHECK-NEXT:     	float
// CHECK-NEXT:   -fn value
// CHECK-NEXT:     	func flag
// CHECK-NEXT:   -hook value
// CHECK-NEXT:     	a func
// CHECK-NEXT:   -i int
// CHECK-NEXT:     	int
// CHECK-NEXT:   -kv value
// CHECK-NEXT:     	one entry (default k=1;)
// CHECK-NEXT:   -kv-empty value
// CHECK-NEXT:     	empty map
// CHECK-NEXT:   -level value
// CHECK-NEXT:     	a set level (default debug)
// CHECK-NEXT:   -level-zero value
// CHECK-NEXT:     	the zero level
// CHECK-NEXT:   -list value
// CHECK-NEXT:     	two items (default a,b)
// CHECK-NEXT:   -list-empty value
// CHECK-NEXT:     	no items
// CHECK-NEXT:   -pair value
// CHECK-NEXT:     	a pair (default 1:2)
// CHECK-NEXT:   -pair-zero value
// CHECK-NEXT:     	zero pair
// CHECK-NEXT:   -q string
// CHECK-NEXT:     	quoted (default "a b")
// CHECK-NEXT:   -ref value
// CHECK-NEXT:     	points at a zero (default 0)
// CHECK-NEXT:   -ref-nil value
// CHECK-NEXT:     	points nowhere
// CHECK-NEXT:   -s string
// CHECK-NEXT:     	string
// CHECK-NEXT:   -seven int
// CHECK-NEXT:     	int 7 (default 7)
// CHECK-NEXT:   -t	true bool (default true)
// CHECK-NEXT:   -wait duration
// CHECK-NEXT:     	wait (default 1s)
// CHECK-NEXT: == panics
// CHECK-NEXT: Usage of panics:
// CHECK-NEXT:   -deref value
// CHECK-NEXT:     	nil pointer
// CHECK-NEXT:   -first value
// CHECK-NEXT:     	index
// CHECK-NEXT:   -n int
// CHECK-NEXT:     	fine (default 2)
// CHECK-NEXT:   -picky value
// CHECK-NEXT:     	custom error
// CHECK-EMPTY:
// CHECK-NEXT: panic calling String method on zero main.deref for flag deref: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: panic calling String method on zero main.first for flag first: runtime error: index out of range [0] with length 0
// CHECK-NEXT: panic calling String method on zero main.picky for flag picky: picky 0
