// Package flag implements command-line flag parsing (Go 1.19's API).
//
// A FlagSet keeps its defined flags (formal) and the ones set so far
// (actual) in maps; listings sort the names. Parse consumes arguments
// from the front while they look like flags: "-name", "--name",
// "-name=value", or "-name value" for non-boolean flags; "--" ends the
// flags, as does the first non-flag argument.
package flag

import (
	"errors"
	"fmt"
	"internal/reflectlite"
	"io"
	"os"
	"sort"
	"strings"
	"time"
)

// ErrHelp is the error returned if the -help or -h flag is invoked but no
// such flag is defined.
var ErrHelp = errors.New("flag: help requested")

// Value is the interface to the dynamic value stored in a flag.
type Value interface {
	String() string
	Set(string) error
}

// Getter is an interface that allows the contents of a Value to be
// retrieved.
type Getter interface {
	Value
	Get() any
}

// boolFlag is a Value that needs no argument on the command line.
type boolFlag interface {
	Value
	IsBoolFlag() bool
}

// ErrorHandling defines how FlagSet.Parse behaves if the parse fails.
type ErrorHandling int

// These constants cause FlagSet.Parse to behave as described if the parse
// fails.
const (
	ContinueOnError ErrorHandling = iota // Return a descriptive error.
	ExitOnError                          // Call os.Exit(2) or for -h/-help Exit(0).
	PanicOnError                         // Call panic with a descriptive error.
)

// A FlagSet represents a set of defined flags.
type FlagSet struct {
	// Usage is the function called when an error occurs while parsing
	// flags. It may be changed to point to a custom error handler.
	Usage func()

	name     string
	parsed   bool
	actual   map[string]*Flag
	formal   map[string]*Flag
	args     []string
	handling ErrorHandling
	output   io.Writer
}

// A Flag represents the state of a flag.
type Flag struct {
	Name     string // name as it appears on command line
	Usage    string // help message
	Value    Value  // value as set
	DefValue string // default value (as text); for usage message
}

// NewFlagSet returns a new, empty flag set with the specified name and
// error handling property. If the name is not empty, it will be printed in
// the default usage message and in error messages.
func NewFlagSet(name string, errorHandling ErrorHandling) *FlagSet {
	f := &FlagSet{name: name, handling: errorHandling}
	f.Usage = f.defaultUsage
	return f
}

// Init sets the name and error handling property for a flag set.
func (f *FlagSet) Init(name string, errorHandling ErrorHandling) {
	f.name = name
	f.handling = errorHandling
}

// Name returns the name of the flag set.
func (f *FlagSet) Name() string { return f.name }

// ErrorHandling returns the error handling behavior of the flag set.
func (f *FlagSet) ErrorHandling() ErrorHandling { return f.handling }

// Output returns the destination for usage and error messages. os.Stderr
// is returned if output was not set or was set to nil.
func (f *FlagSet) Output() io.Writer {
	if out := f.output; out != nil {
		return out
	}
	return os.Stderr
}

// SetOutput sets the destination for usage and error messages. If output
// is nil, os.Stderr is used.
func (f *FlagSet) SetOutput(output io.Writer) { f.output = output }

// sortedFlags returns the flags of m ordered by name.
func sortedFlags(m map[string]*Flag) []*Flag {
	names := make([]string, 0, len(m))
	for name := range m {
		names = append(names, name)
	}
	sort.Strings(names)
	list := make([]*Flag, len(names))
	for i, name := range names {
		list[i] = m[name]
	}
	return list
}

// VisitAll visits the flags in lexicographical order, calling fn for each.
// It visits all flags, even those not set.
func (f *FlagSet) VisitAll(fn func(*Flag)) {
	for _, fl := range sortedFlags(f.formal) {
		fn(fl)
	}
}

// Visit visits the flags in lexicographical order, calling fn for each. It
// visits only those flags that have been set.
func (f *FlagSet) Visit(fn func(*Flag)) {
	for _, fl := range sortedFlags(f.actual) {
		fn(fl)
	}
}

// Lookup returns the Flag structure of the named flag, returning nil if
// none exists.
func (f *FlagSet) Lookup(name string) *Flag { return f.formal[name] }

// Set sets the value of the named flag.
func (f *FlagSet) Set(name, value string) error {
	fl, ok := f.formal[name]
	if !ok {
		return fmt.Errorf("no such flag -%v", name)
	}
	if err := fl.Value.Set(value); err != nil {
		return err
	}
	if f.actual == nil {
		f.actual = make(map[string]*Flag)
	}
	f.actual[name] = fl
	return nil
}

// UnquoteUsage extracts a back-quoted name from the usage string for a
// flag and returns it and the un-quoted usage. Given "a `name` to show" it
// returns ("name", "a name to show"). If there are no back quotes, the
// name is an educated guess of the type of the flag's value, or the empty
// string if the flag is boolean.
func UnquoteUsage(flag *Flag) (name string, usage string) {
	usage = flag.Usage
	if open := strings.IndexByte(usage, '`'); open >= 0 {
		if n := strings.IndexByte(usage[open+1:], '`'); n >= 0 {
			close := open + 1 + n
			name = usage[open+1 : close]
			return name, usage[:open] + name + usage[close+1:]
		}
	}
	switch v := flag.Value.(type) {
	case boolFlag:
		if v.IsBoolFlag() {
			return "", usage
		}
		return "value", usage
	case *durationValue:
		return "duration", usage
	case *float64Value:
		return "float", usage
	case *intValue, *int64Value:
		return "int", usage
	case *stringValue:
		return "string", usage
	case *uintValue, *uint64Value:
		return "uint", usage
	}
	return "value", usage
}

// zeroDefault reports whether a flag's default is what a fresh zero value
// of its Value's dynamic type prints, in which case PrintDefaults leaves it
// out. As in Go, the fresh value of a pointer type *T is a pointer to a
// new zero T. A panic in that String call is caught and described by err.
func zeroDefault(fl *Flag) (zero bool, err error) {
	t := reflectlite.TypeOf(fl.Value)
	var fresh reflectlite.Value
	if t.Kind() == reflectlite.Pointer {
		fresh = reflectlite.NewElem(t)
	} else {
		fresh = reflectlite.Zero(t)
	}
	defer func() {
		if r := recover(); r != nil {
			shown := t
			if t.Kind() == reflectlite.Pointer {
				shown = t.Elem()
			}
			err = fmt.Errorf("panic calling String method on zero %s for flag %s: %v", shown.String(), fl.Name, r)
		}
	}()
	return fresh.Interface().(Value).String() == fl.DefValue, nil
}

// PrintDefaults prints, to standard error unless configured otherwise, the
// default values of all defined flags in the set. Panics of String methods
// on zero values are reported after the list.
func (f *FlagSet) PrintDefaults() {
	var failures []error
	f.VisitAll(func(fl *Flag) {
		var line strings.Builder
		line.WriteString("  -")
		line.WriteString(fl.Name)
		name, usage := UnquoteUsage(fl)
		if name != "" {
			line.WriteString(" " + name)
		}
		// A one-letter flag without a value name keeps its usage on
		// the same line; others continue on an indented next line.
		sep := "\n    \t"
		if line.Len() <= 4 {
			sep = "\t"
		}
		line.WriteString(sep)
		line.WriteString(strings.ReplaceAll(usage, "\n", "\n    \t"))
		zero, err := zeroDefault(fl)
		if err != nil {
			failures = append(failures, err)
		} else if !zero {
			if _, quoted := fl.Value.(*stringValue); quoted {
				fmt.Fprintf(&line, " (default %q)", fl.DefValue)
			} else {
				fmt.Fprintf(&line, " (default %v)", fl.DefValue)
			}
		}
		line.WriteString("\n")
		io.WriteString(f.Output(), line.String())
	})
	if len(failures) > 0 {
		fmt.Fprintln(f.Output())
		for _, err := range failures {
			fmt.Fprintln(f.Output(), err)
		}
	}
}

func (f *FlagSet) defaultUsage() {
	title := "Usage:\n"
	if f.name != "" {
		title = "Usage of " + f.name + ":\n"
	}
	io.WriteString(f.Output(), title)
	f.PrintDefaults()
}

// NFlag returns the number of flags that have been set.
func (f *FlagSet) NFlag() int { return len(f.actual) }

// Arg returns the i'th argument. Arg(0) is the first remaining argument
// after flags have been processed. Arg returns an empty string if the
// requested element does not exist.
func (f *FlagSet) Arg(i int) string {
	if 0 <= i && i < len(f.args) {
		return f.args[i]
	}
	return ""
}

// NArg is the number of arguments remaining after flags have been
// processed.
func (f *FlagSet) NArg() int { return len(f.args) }

// Args returns the non-flag arguments.
func (f *FlagSet) Args() []string { return f.args }

// Var defines a flag with the specified name and usage string. The type
// and value of the flag are represented by the first argument, of type
// Value, which typically holds a user-defined implementation of Value.
func (f *FlagSet) Var(value Value, name string, usage string) {
	if strings.HasPrefix(name, "-") {
		panic(f.complain(fmt.Sprintf("flag %q begins with -", name)))
	} else if strings.Contains(name, "=") {
		panic(f.complain(fmt.Sprintf("flag %q contains =", name)))
	}
	if _, taken := f.formal[name]; taken {
		msg := "flag redefined: " + name
		if f.name != "" {
			msg = f.name + " " + msg
		}
		panic(f.complain(msg))
	}
	if f.formal == nil {
		f.formal = make(map[string]*Flag)
	}
	f.formal[name] = &Flag{name, usage, value, value.String()}
}

// complain prints msg to the output and returns it.
func (f *FlagSet) complain(msg string) string {
	fmt.Fprintln(f.Output(), msg)
	return msg
}

// BoolVar defines a bool flag with specified name, default value, and
// usage string. The argument p points to a bool variable in which to store
// the value of the flag.
func (f *FlagSet) BoolVar(p *bool, name string, value bool, usage string) {
	*p = value
	f.Var((*boolValue)(p), name, usage)
}

// Bool defines a bool flag with specified name, default value, and usage
// string. The return value is the address of a bool variable that stores
// the value of the flag.
func (f *FlagSet) Bool(name string, value bool, usage string) *bool {
	var v bool
	f.BoolVar(&v, name, value, usage)
	return &v
}

// IntVar defines an int flag with specified name, default value, and
// usage string.
func (f *FlagSet) IntVar(p *int, name string, value int, usage string) {
	*p = value
	f.Var((*intValue)(p), name, usage)
}

// Int defines an int flag with specified name, default value, and usage
// string.
func (f *FlagSet) Int(name string, value int, usage string) *int {
	var v int
	f.IntVar(&v, name, value, usage)
	return &v
}

// Int64Var defines an int64 flag with specified name, default value, and
// usage string.
func (f *FlagSet) Int64Var(p *int64, name string, value int64, usage string) {
	*p = value
	f.Var((*int64Value)(p), name, usage)
}

// Int64 defines an int64 flag with specified name, default value, and
// usage string.
func (f *FlagSet) Int64(name string, value int64, usage string) *int64 {
	var v int64
	f.Int64Var(&v, name, value, usage)
	return &v
}

// UintVar defines a uint flag with specified name, default value, and
// usage string.
func (f *FlagSet) UintVar(p *uint, name string, value uint, usage string) {
	*p = value
	f.Var((*uintValue)(p), name, usage)
}

// Uint defines a uint flag with specified name, default value, and usage
// string.
func (f *FlagSet) Uint(name string, value uint, usage string) *uint {
	var v uint
	f.UintVar(&v, name, value, usage)
	return &v
}

// Uint64Var defines a uint64 flag with specified name, default value, and
// usage string.
func (f *FlagSet) Uint64Var(p *uint64, name string, value uint64, usage string) {
	*p = value
	f.Var((*uint64Value)(p), name, usage)
}

// Uint64 defines a uint64 flag with specified name, default value, and
// usage string.
func (f *FlagSet) Uint64(name string, value uint64, usage string) *uint64 {
	var v uint64
	f.Uint64Var(&v, name, value, usage)
	return &v
}

// StringVar defines a string flag with specified name, default value, and
// usage string.
func (f *FlagSet) StringVar(p *string, name string, value string, usage string) {
	*p = value
	f.Var((*stringValue)(p), name, usage)
}

// String defines a string flag with specified name, default value, and
// usage string.
func (f *FlagSet) String(name string, value string, usage string) *string {
	var v string
	f.StringVar(&v, name, value, usage)
	return &v
}

// Float64Var defines a float64 flag with specified name, default value,
// and usage string.
func (f *FlagSet) Float64Var(p *float64, name string, value float64, usage string) {
	*p = value
	f.Var((*float64Value)(p), name, usage)
}

// Float64 defines a float64 flag with specified name, default value, and
// usage string.
func (f *FlagSet) Float64(name string, value float64, usage string) *float64 {
	var v float64
	f.Float64Var(&v, name, value, usage)
	return &v
}

// DurationVar defines a time.Duration flag with specified name, default
// value, and usage string. The flag accepts a value acceptable to
// time.ParseDuration.
func (f *FlagSet) DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	*p = value
	f.Var((*durationValue)(p), name, usage)
}

// Duration defines a time.Duration flag with specified name, default
// value, and usage string.
func (f *FlagSet) Duration(name string, value time.Duration, usage string) *time.Duration {
	var v time.Duration
	f.DurationVar(&v, name, value, usage)
	return &v
}

// TextVar defines a flag with a specified name, default value, and usage
// string. The argument p must be a pointer to a variable that will hold
// the value of the flag, and p must implement encoding.TextUnmarshaler. If
// the flag is used, the flag value will be passed to p's UnmarshalText
// method. The type of the default value must be the same as the type of p.
func (f *FlagSet) TextVar(p interface{ UnmarshalText(text []byte) error }, name string, value interface {
	MarshalText() (text []byte, err error)
}, usage string) {
	text, err := value.MarshalText()
	if err != nil {
		panic(err)
	}
	if err := p.UnmarshalText(text); err != nil {
		panic(err)
	}
	f.Var(textValue{p}, name, usage)
}

// Func defines a flag with the specified name and usage string. Each time
// the flag is seen, fn is called with the value of the flag. If fn returns
// a non-nil error, it will be treated as a flag value parsing error.
func (f *FlagSet) Func(name, usage string, fn func(string) error) {
	f.Var(funcValue(fn), name, usage)
}

// fail prints the error and the usage, and returns the error.
func (f *FlagSet) fail(format string, a ...any) error {
	err := fmt.Errorf(format, a...)
	fmt.Fprintln(f.Output(), err)
	f.Usage()
	return err
}

// parseOne handles the flag at the front of f.args; more is false when
// the flags have ended.
func (f *FlagSet) parseOne() (more bool, err error) {
	if len(f.args) == 0 {
		return false, nil
	}
	arg := f.args[0]
	if len(arg) < 2 || arg[0] != '-' {
		return false, nil
	}
	name := arg[1:]
	if name[0] == '-' {
		if len(name) == 1 { // "--" ends the flags and is dropped
			f.args = f.args[1:]
			return false, nil
		}
		name = name[1:]
	}
	if name == "" || name[0] == '-' || name[0] == '=' {
		return false, f.fail("bad flag syntax: %s", arg)
	}
	f.args = f.args[1:]
	value, hasValue := "", false
	if eq := strings.IndexByte(name, '='); eq > 0 {
		name, value, hasValue = name[:eq], name[eq+1:], true
	}
	fl, ok := f.formal[name]
	if !ok {
		if name == "help" || name == "h" {
			f.Usage()
			return false, ErrHelp
		}
		return false, f.fail("flag provided but not defined: -%s", name)
	}
	if bf, ok := fl.Value.(boolFlag); ok && bf.IsBoolFlag() {
		if hasValue {
			if err := bf.Set(value); err != nil {
				return false, f.fail("invalid boolean value %q for -%s: %v", value, name, err)
			}
		} else if err := bf.Set("true"); err != nil {
			return false, f.fail("invalid boolean flag %s: %v", name, err)
		}
	} else {
		if !hasValue && len(f.args) > 0 {
			value, hasValue = f.args[0], true
			f.args = f.args[1:]
		}
		if !hasValue {
			return false, f.fail("flag needs an argument: -%s", name)
		}
		if err := fl.Value.Set(value); err != nil {
			return false, f.fail("invalid value %q for flag -%s: %v", value, name, err)
		}
	}
	if f.actual == nil {
		f.actual = make(map[string]*Flag)
	}
	f.actual[name] = fl
	return true, nil
}

// Parse parses flag definitions from the argument list, which should not
// include the command name. Must be called after all flags in the FlagSet
// are defined and before flags are accessed by the program. The return
// value will be ErrHelp if -help or -h were set but not defined.
func (f *FlagSet) Parse(arguments []string) error {
	f.parsed = true
	f.args = arguments
	for {
		more, err := f.parseOne()
		if more {
			continue
		}
		if err == nil {
			return nil
		}
		switch f.handling {
		case ContinueOnError:
			return err
		case ExitOnError:
			if err == ErrHelp {
				os.Exit(0)
			}
			os.Exit(2)
		case PanicOnError:
			panic(err)
		}
		return err
	}
}

// Parsed reports whether f.Parse has been called.
func (f *FlagSet) Parsed() bool { return f.parsed }
