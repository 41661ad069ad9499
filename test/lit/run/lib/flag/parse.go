// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck --match-full-lines --implicit-check-not={{.}} %s
// flag.FlagSet: every value type, Parse rules (-x, --x, -x=v, -x v, bool
// forms, "--", first non-flag), the error messages with the usage that
// follows them, Set, Visit/VisitAll order, Lookup, Func, and
// PrintDefaults formatting.

package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type listValue []string

func (l *listValue) String() string     { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error { *l = append(*l, s); return nil }

func newSet() (*flag.FlagSet, func()) {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	b := fs.Bool("v", false, "verbose output")
	i := fs.Int("n", 3, "number of `items` to show")
	i64 := fs.Int64("big", -1, "a big one")
	u := fs.Uint("u", 0, "unsigned")
	u64 := fs.Uint64("u64", 7, "unsigned 64")
	s := fs.String("name", "world", "who to greet\nsecond line")
	f := fs.Float64("ratio", 1.5, "a ratio")
	d := fs.Duration("wait", 2*time.Second, "how long")
	var list listValue
	fs.Var(&list, "item", "repeatable item")
	fs.Func("fn", "called each time", func(s string) error {
		if s == "bad" {
			return errors.New("fn refuses")
		}
		fmt.Println("fn got", s)
		return nil
	})
	show := func() {
		fmt.Println(*b, *i, *i64, *u, *u64, *s, *f, *d, list.String())
	}
	return fs, show
}

func try(args ...string) {
	fmt.Printf("== %q\n", args)
	fs, show := newSet()
	err := fs.Parse(args)
	fmt.Println("err:", err)
	show()
	fmt.Println("args:", fs.NArg(), fs.Args(), "nflag:", fs.NFlag(), "arg0:", fs.Arg(0), "arg9:", fs.Arg(9) == "")
}

func main() {
	try()
	try("-v", "-n", "10", "--name=gopher", "-ratio=0.25", "-wait", "1m30s", "rest", "-n", "4")
	try("-v=false", "-big", "0x10", "-u", "0b101", "-u64=0o17", "-item", "a", "-item=b", "--", "-v")
	try("-fn", "x", "-fn=y", "-", "z")
	try("-n")
	try("-n", "ten")
	try("-n", "99999999999999999999")
	try("-v=maybe")
	try("-undefined")
	try("---v")
	try("-=x")
	try("-fn", "bad")
	try("-wait", "soon")
	try("-ratio", "x")
	try("-h")
	try("--help")

	fs, _ := newSet()
	fmt.Println(fs.Set("n", "42"), fs.Set("nope", "1"), fs.Set("n", "x"))
	fs.Parse([]string{"-v", "-item", "q"})
	fs.Visit(func(f *flag.Flag) { fmt.Println("visit", f.Name, f.Value, f.DefValue) })
	fs.VisitAll(func(f *flag.Flag) { fmt.Printf("all %s %q\n", f.Name, f.DefValue) })
	fl := fs.Lookup("wait")
	fmt.Println(fl.Name, fl.Usage, fl.Value.(flag.Getter).Get(), fs.Lookup("zzz") == nil, fs.Parsed(), fs.Name())
	n, u := flag.UnquoteUsage(fs.Lookup("n"))
	fmt.Printf("%q %q\n", n, u)

	anon := flag.NewFlagSet("", flag.ContinueOnError)
	anon.SetOutput(os.Stdout)
	anon.String("s", "", "empty default")
	anon.Bool("b", true, "true default")
	fmt.Println(anon.Parse([]string{"-x"}))

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Int("n", 0, "again")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Int("-bad", 0, "")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Int("a=b", 0, "")
	}()
	pf := flag.NewFlagSet("p", flag.PanicOnError)
	pf.SetOutput(os.Stdout)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		pf.Parse([]string{"-zz"})
	}()
}

// CHECK: == []
// CHECK-NEXT: err: <nil>
// CHECK-NEXT: false 3 -1 0 7 world 1.5 2s
// CHECK-NEXT: args: 0 [] nflag: 0 arg0:  arg9: true
// CHECK-NEXT: == ["-v" "-n" "10" "--name=gopher" "-ratio=0.25" "-wait" "1m30s" "rest" "-n" "4"]
// CHECK-NEXT: err: <nil>
// CHECK-NEXT: true 10 -1 0 7 gopher 0.25 1m30s
// CHECK-NEXT: args: 3 [rest -n 4] nflag: 5 arg0: rest arg9: true
// CHECK-NEXT: == ["-v=false" "-big" "0x10" "-u" "0b101" "-u64=0o17" "-item" "a" "-item=b" "--" "-v"]
// CHECK-NEXT: err: <nil>
// CHECK-NEXT: false 3 16 5 15 world 1.5 2s a,b
// CHECK-NEXT: args: 1 [-v] nflag: 5 arg0: -v arg9: true
// CHECK-NEXT: == ["-fn" "x" "-fn=y" "-" "z"]
// CHECK-NEXT: fn got x
// CHECK-NEXT: fn got y
// CHECK-NEXT: err: <nil>
// CHECK-NEXT: false 3 -1 0 7 world 1.5 2s
// CHECK-NEXT: args: 2 [- z] nflag: 1 arg0: - arg9: true
// CHECK-NEXT: == ["-n"]
// CHECK-NEXT: flag needs an argument: -n
// CHECK-NEXT: Usage of prog:
// CHECK-NEXT:   -big int
// CHECK-NEXT:     	a big one (default -1)
// CHECK-NEXT:   -fn value
// CHECK-NEXT:     	called each time
// CHECK-NEXT:   -item value
// CHECK-NEXT:     	repeatable item
// CHECK-NEXT:   -n items
// CHECK-NEXT:     	number of items to show (default 3)
// CHECK-NEXT:   -name string
// CHECK-NEXT:     	who to greet
// CHECK-NEXT:     	second line (default "world")
// CHECK-NEXT:   -ratio float
// CHECK-NEXT:     	a ratio (default 1.5)
// CHECK-NEXT:   -u uint
// CHECK-NEXT:     	unsigned
// CHECK-NEXT:   -u64 uint
// CHECK-NEXT:     	unsigned 64 (default 7)
// CHECK-NEXT:   -v	verbose output
// CHECK-NEXT:   -wait duration
// CHECK-NEXT:     	how long (default 2s)
// CHECK-NEXT: err: flag needs an argument: -n
// CHECK-NEXT: false 3 -1 0 7 world 1.5 2s
// CHECK-NEXT: args: 0 [] nflag: 0 arg0:  arg9: true
// CHECK-NEXT: == ["-n" "ten"]
// CHECK-NEXT: invalid value "ten" for flag -n: parse error
// CHECK-NEXT: Usage of prog:
// CHECK-NEXT:   -big int
// CHECK-NEXT:     	a big one (default -1)
// CHECK-NEXT:   -fn value
// CHECK-NEXT:     	called each time
// CHECK-NEXT:   -item value
// CHECK-NEXT:     	repeatable item
// CHECK-NEXT:   -n items
// CHECK-NEXT:     	number of items to show (default 3)
// CHECK-NEXT:   -name string
// CHECK-NEXT:     	who to greet
// CHECK-NEXT:     	second line (default "world")
// CHECK-NEXT:   -ratio float
// CHECK-NEXT:     	a ratio (default 1.5)
// CHECK-NEXT:   -u uint
// CHECK-NEXT:     	unsigned
// CHECK-NEXT:   -u64 uint
// CHECK-NEXT:     	unsigned 64 (default 7)
// CHECK-NEXT:   -v	verbose output
// CHECK-NEXT:   -wait duration
// CHECK-NEXT:     	how long (default 2s)
// CHECK-NEXT: err: invalid value "ten" for flag -n: parse error
// CHECK-NEXT: false 0 -1 0 7 world 1.5 2s
// CHECK-NEXT: args: 0 [] nflag: 0 arg0:  arg9: true
// CHECK-NEXT: == ["-n" "99999999999999999999"]
// CHECK-NEXT: invalid value "99999999999999999999" for flag -n: value out of range
// CHECK-NEXT: Usage of prog:
// CHECK-NEXT:   -big int
// CHECK-NEXT:     	a big one (default -1)
// CHECK-NEXT:   -fn value
// CHECK-NEXT:     	called each time
// CHECK-NEXT:   -item value
// CHECK-NEXT:     	repeatable item
// CHECK-NEXT:   -n items
// CHECK-NEXT:     	number of items to show (default 3)
// CHECK-NEXT:   -name string
// CHECK-NEXT:     	who to greet
// CHECK-NEXT:     	second line (default "world")
// CHECK-NEXT:   -ratio float
// CHECK-NEXT:     	a ratio (default 1.5)
// CHECK-NEXT:   -u uint
// CHECK-NEXT:     	unsigned
// CHECK-NEXT:   -u64 uint
// CHECK-NEXT:     	unsigned 64 (default 7)
// CHECK-NEXT:   -v	verbose output
// CHECK-NEXT:   -wait duration
// CHECK-NEXT:     	how long (default 2s)
// CHECK-NEXT: err: invalid value "99999999999999999999" for flag -n: value out of range
// CHECK-NEXT: false 9223372036854775807 -1 0 7 world 1.5 2s
// CHECK-NEXT: args: 0 [] nflag: 0 arg0:  arg9: true
// CHECK-NEXT: == ["-v=maybe"]
// CHECK-NEXT: invalid boolean value "maybe" for -v: parse error
// CHECK-NEXT: Usage of prog:
// CHECK-NEXT:   -big int
// CHECK-NEXT:     	a big one (default -1)
// CHECK-NEXT:   -fn value
// CHECK-NEXT:     	called each time
// CHECK-NEXT:   -item value
// CHECK-NEXT:     	repeatable item
// CHECK-NEXT:   -n items
// CHECK-NEXT:     	number of items to show (default 3)
// CHECK-NEXT:   -name string
// CHECK-NEXT:     	who to greet
// CHECK-NEXT:     	second line (default "world")
// CHECK-NEXT:   -ratio float
// CHECK-NEXT:     	a ratio (default 1.5)
// CHECK-NEXT:   -u uint
// CHECK-NEXT:     	unsigned
// CHECK-NEXT:   -u64 uint
// CHECK-NEXT:     	unsigned 64 (default 7)
// CHECK-NEXT:   -v	verbose output
// CHECK-NEXT:   -wait duration
// CHECK-NEXT:     	how long (default 2s)
// CHECK-NEXT: err: invalid boolean value "maybe" for -v: parse error
// CHECK-NEXT: false 3 -1 0 7 world 1.5 2s
// CHECK-NEXT: args: 0 [] nflag: 0 arg0:  arg9: true
// CHECK-NEXT: == ["-undefined"]
// CHECK-NEXT: flag provided but not defined: -undefined
// CHECK-NEXT: Usage of prog:
// CHECK-NEXT:   -big int
// CHECK-NEXT:     	a big one (default -1)
// CHECK-NEXT:   -fn value
// CHECK-NEXT:     	called each time
// CHECK-NEXT:   -item value
// CHECK-NEXT:     	repeatable item
// CHECK-NEXT:   -n items
// CHECK-NEXT:     	number of items to show (default 3)
// CHECK-NEXT:   -name string
// CHECK-NEXT:     	who to greet
// CHECK-NEXT:     	second line (default "world")
// CHECK-NEXT:   -ratio float
// CHECK-NEXT:     	a ratio (default 1.5)
// CHECK-NEXT:   -u uint
// CHECK-NEXT:     	unsigned
// CHECK-NEXT:   -u64 uint
// CHECK-NEXT:     	unsigned 64 (default 7)
// CHECK-NEXT:   -v	verbose output
// CHECK-NEXT:   -wait duration
// CHECK-NEXT:     	how long (default 2s)
// CHECK-NEXT: err: flag provided but not defined: -undefined
// CHECK-NEXT: false 3 -1 0 7 world 1.5 2s
// CHECK-NEXT: args: 0 [] nflag: 0 arg0:  arg9: true
// CHECK-NEXT: == ["---v"]
// CHECK-NEXT: bad flag syntax: ---v
// CHECK-NEXT: Usage of prog:
// CHECK-NEXT:   -big int
// CHECK-NEXT:     	a big one (default -1)
// CHECK-NEXT:   -fn value
// CHECK-NEXT:     	called each time
// CHECK-NEXT:   -item value
// CHECK-NEXT:     	repeatable item
// CHECK-NEXT:   -n items
// CHECK-NEXT:     	number of items to show (default 3)
// CHECK-NEXT:   -name string
// CHECK-NEXT:     	who to greet
// CHECK-NEXT:     	second line (default "world")
// CHECK-NEXT:   -ratio float
// CHECK-NEXT:     	a ratio (default 1.5)
// CHECK-NEXT:   -u uint
// CHECK-NEXT:     	unsigned
// CHECK-NEXT:   -u64 uint
// CHECK-NEXT:     	unsigned 64 (default 7)
// CHECK-NEXT:   -v	verbose output
// CHECK-NEXT:   -wait duration
// CHECK-NEXT:     	how long (default 2s)
// CHECK-NEXT: err: bad flag syntax: ---v
// CHECK-NEXT: false 3 -1 0 7 world 1.5 2s
// CHECK-NEXT: args: 1 [---v] nflag: 0 arg0: ---v arg9: true
// CHECK-NEXT: == ["-=x"]
// CHECK-NEXT: bad flag syntax: -=x
// CHECK-NEXT: Usage of prog:
// CHECK-NEXT:   -big int
// CHECK-NEXT:     	a big one (default -1)
// CHECK-NEXT:   -fn value
// CHECK-NEXT:     	called each time
// CHECK-NEXT:   -item value
// CHECK-NEXT:     	repeatable item
// CHECK-NEXT:   -n items
// CHECK-NEXT:     	number of items to show (default 3)
// CHECK-NEXT:   -name string
// CHECK-NEXT:     	who to greet
// CHECK-NEXT:     	second line (default "world")
// CHECK-NEXT:   -ratio float
// CHECK-NEXT:     	a ratio (default 1.5)
// CHECK-NEXT:   -u uint
// CHECK-NEXT:     	unsigned
// CHECK-NEXT:   -u64 uint
// CHECK-NEXT:     	unsigned 64 (default 7)
// CHECK-NEXT:   -v	verbose output
// CHECK-NEXT:   -wait duration
// CHECK-NEXT:     	how long (default 2s)
// CHECK-NEXT: err: bad flag syntax: -=x
// CHECK-NEXT: false 3 -1 0 7 world 1.5 2s
// CHECK-NEXT: args: 1 [-=x] nflag: 0 arg0: -=x arg9: true
// CHECK-NEXT: == ["-fn" "bad"]
// CHECK-NEXT: invalid value "bad" for flag -fn: fn refuses
// CHECK-NEXT: Usage of prog:
// CHECK-NEXT:   -big int
// CHECK-NEXT:     	a big one (default -1)
// CHECK-NEXT:   -fn value
// CHECK-NEXT:     	called each time
// CHECK-NEXT:   -item value
// CHECK-NEXT:     	repeatable item
// CHECK-NEXT:   -n items
// CHECK-NEXT:     	number of items to show (default 3)
// CHECK-NEXT:   -name string
// CHECK-NEXT:     	who to greet
// CHECK-NEXT:     	second line (default "world")
// CHECK-NEXT:   -ratio float
// CHECK-NEXT:     	a ratio (default 1.5)
// CHECK-NEXT:   -u uint
// CHECK-NEXT:     	unsigned
// CHECK-NEXT:   -u64 uint
// CHECK-NEXT:     	unsigned 64 (default 7)
// CHECK-NEXT:   -v	verbose output
// CHECK-NEXT:   -wait duration
// CHECK-NEXT:     	how long (default 2s)
// CHECK-NEXT: err: invalid value "bad" for flag -fn: fn refuses
// CHECK-NEXT: false 3 -1 0 7 world 1.5 2s
// CHECK-NEXT: args: 0 [] nflag: 0 arg0:  arg9: true
// CHECK-NEXT: == ["-wait" "soon"]
// CHECK-NEXT: invalid value "soon" for flag -wait: parse error
// CHECK-NEXT: Usage of prog:
// CHECK-NEXT:   -big int
// CHECK-NEXT:     	a big one (default -1)
// CHECK-NEXT:   -fn value
// CHECK-NEXT:     	called each time
// CHECK-NEXT:   -item value
// CHECK-NEXT:     	repeatable item
// CHECK-NEXT:   -n items
// CHECK-NEXT:     	number of items to show (default 3)
// CHECK-NEXT:   -name string
// CHECK-NEXT:     	who to greet
// CHECK-NEXT:     	second line (default "world")
// CHECK-NEXT:   -ratio float
// CHECK-NEXT:     	a ratio (default 1.5)
// CHECK-NEXT:   -u uint
// CHECK-NEXT:     	unsigned
// CHECK-NEXT:   -u64 uint
// CHECK-NEXT:     	unsigned 64 (default 7)
// CHECK-NEXT:   -v	verbose output
// CHECK-NEXT:   -wait duration
// CHECK-NEXT:     	how long (default 2s)
// CHECK-NEXT: err: invalid value "soon" for flag -wait: parse error
// CHECK-NEXT: false 3 -1 0 7 world 1.5 0s
// CHECK-NEXT: args: 0 [] nflag: 0 arg0:  arg9: true
// CHECK-NEXT: == ["-ratio" "x"]
// CHECK-NEXT: invalid value "x" for flag -ratio: parse error
// CHECK-NEXT: Usage of prog:
// CHECK-NEXT:   -big int
// CHECK-NEXT:     	a big one (default -1)
// CHECK-NEXT:   -fn value
// CHECK-NEXT:     	called each time
// CHECK-NEXT:   -item value
// CHECK-NEXT:     	repeatable item
// CHECK-NEXT:   -n items
// CHECK-NEXT:     	number of items to show (default 3)
// CHECK-NEXT:   -name string
// CHECK-NEXT:     	who to greet
// CHECK-NEXT:     	second line (default "world")
// CHECK-NEXT:   -ratio float
// CHECK-NEXT:     	a ratio (default 1.5)
// CHECK-NEXT:   -u uint
// CHECK-NEXT:     	unsigned
// CHECK-NEXT:   -u64 uint
// CHECK-NEXT:     	unsigned 64 (default 7)
// CHECK-NEXT:   -v	verbose output
// CHECK-NEXT:   -wait duration
// CHECK-NEXT:     	how long (default 2s)
// CHECK-NEXT: err: invalid value "x" for flag -ratio: parse error
// CHECK-NEXT: false 3 -1 0 7 world 0 2s
// CHECK-NEXT: args: 0 [] nflag: 0 arg0:  arg9: true
// CHECK-NEXT: == ["-h"]
// CHECK-NEXT: Usage of prog:
// CHECK-NEXT:   -big int
// CHECK-NEXT:     	a big one (default -1)
// CHECK-NEXT:   -fn value
// CHECK-NEXT:     	called each time
// CHECK-NEXT:   -item value
// CHECK-NEXT:     	repeatable item
// CHECK-NEXT:   -n items
// CHECK-NEXT:     	number of items to show (default 3)
// CHECK-NEXT:   -name string
// CHECK-NEXT:     	who to greet
// CHECK-NEXT:     	second line (default "world")
// CHECK-NEXT:   -ratio float
// CHECK-NEXT:     	a ratio (default 1.5)
// CHECK-NEXT:   -u uint
// CHECK-NEXT:     	unsigned
// CHECK-NEXT:   -u64 uint
// CHECK-NEXT:     	unsigned 64 (default 7)
// CHECK-NEXT:   -v	verbose output
// CHECK-NEXT:   -wait duration
// CHECK-NEXT:     	how long (default 2s)
// CHECK-NEXT: err: flag: help requested
// CHECK-NEXT: false 3 -1 0 7 world 1.5 2s
// CHECK-NEXT: args: 0 [] nflag: 0 arg0:  arg9: true
// CHECK-NEXT: == ["--help"]
// CHECK-NEXT: Usage of prog:
// CHECK-NEXT:   -big int
// CHECK-NEXT:     	a big one (default -1)
// CHECK-NEXT:   -fn value
// CHECK-NEXT:     	called each time
// CHECK-NEXT:   -item value
// CHECK-NEXT:     	repeatable item
// CHECK-NEXT:   -n items
// CHECK-NEXT:     	number of items to show (default 3)
// CHECK-NEXT:   -name string
// CHECK-NEXT:     	who to greet
// CHECK-NEXT:     	second line (default "world")
// CHECK-NEXT:   -ratio float
// CHECK-NEXT:     	a ratio (default 1.5)
// CHECK-NEXT:   -u uint
// CHECK-NEXT:     	unsigned
// CHECK-NEXT:   -u64 uint
// CHECK-NEXT:     	unsigned 64 (default 7)
// CHECK-NEXT:   -v	verbose output
// CHECK-NEXT:   -wait duration
// CHECK-NEXT:     	how long (default 2s)
// CHECK-NEXT: err: flag: help requested
// CHECK-NEXT: false 3 -1 0 7 world 1.5 2s
// CHECK-NEXT: args: 0 [] nflag: 0 arg0:  arg9: true
// CHECK-NEXT: <nil> no such flag -nope parse error
// CHECK-NEXT: visit item q
// CHECK-NEXT: visit n 0 3
// CHECK-NEXT: visit v true false
// CHECK-NEXT: all big "-1"
// CHECK-NEXT: all fn ""
// CHECK-NEXT: all item ""
// CHECK-NEXT: all n "3"
// CHECK-NEXT: all name "world"
// CHECK-NEXT: all ratio "1.5"
// CHECK-NEXT: all u "0"
// CHECK-NEXT: all u64 "7"
// CHECK-NEXT: all v "false"
// CHECK-NEXT: all wait "2s"
// CHECK-NEXT: wait how long 2s true true prog
// CHECK-NEXT: "items" "number of items to show"
// CHECK-NEXT: flag provided but not defined: -x
// CHECK-NEXT: Usage:
// CHECK-NEXT:   -b	true default (default true)
// CHECK-NEXT:   -s string
// CHECK-NEXT:     	empty default
// CHECK-NEXT: flag provided but not defined: -x
// CHECK-NEXT: prog flag redefined: n
// CHECK-NEXT: recovered: prog flag redefined: n
// CHECK-NEXT: flag "-bad" begins with -
// CHECK-NEXT: recovered: flag "-bad" begins with -
// CHECK-NEXT: flag "a=b" contains =
// CHECK-NEXT: recovered: flag "a=b" contains =
// CHECK-NEXT: flag provided but not defined: -zz
// CHECK-NEXT: Usage of p:
// CHECK-NEXT: recovered: flag provided but not defined: -zz
