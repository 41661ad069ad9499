// This file implements the package-level API: CommandLine, the flag set
// of os.Args, and functions that act on it.

package flag

import (
	"fmt"
	"os"
	"time"
)

// CommandLine is the default set of command-line flags, parsed from
// os.Args. The top-level functions such as BoolVar, Arg, and so on are
// wrappers for the methods of CommandLine.
var CommandLine = NewFlagSet(os.Args[0], ExitOnError)

func init() {
	// Calls through the variable, so that a program's own Usage is used.
	CommandLine.Usage = func() { Usage() }
}

// Usage prints a usage message documenting all defined command-line flags
// to CommandLine's output, which by default is os.Stderr. It is called
// when an error occurs while parsing flags. The function is a variable
// that may be changed to point to a custom function.
var Usage = func() {
	fmt.Fprintf(CommandLine.Output(), "Usage of %s:\n", os.Args[0])
	PrintDefaults()
}

// VisitAll visits the command-line flags in lexicographical order.
func VisitAll(fn func(*Flag)) { CommandLine.VisitAll(fn) }

// Visit visits the command-line flags that have been set, in
// lexicographical order.
func Visit(fn func(*Flag)) { CommandLine.Visit(fn) }

// Lookup returns the Flag structure of the named command-line flag,
// returning nil if none exists.
func Lookup(name string) *Flag { return CommandLine.Lookup(name) }

// Set sets the value of the named command-line flag.
func Set(name, value string) error { return CommandLine.Set(name, value) }

// PrintDefaults prints, to standard error unless configured otherwise, a
// usage message showing the default settings of all defined command-line
// flags.
func PrintDefaults() { CommandLine.PrintDefaults() }

// NFlag returns the number of command-line flags that have been set.
func NFlag() int { return CommandLine.NFlag() }

// Arg returns the i'th command-line argument.
func Arg(i int) string { return CommandLine.Arg(i) }

// NArg is the number of arguments remaining after flags have been
// processed.
func NArg() int { return CommandLine.NArg() }

// Args returns the non-flag command-line arguments.
func Args() []string { return CommandLine.Args() }

// Parse parses the command-line flags from os.Args[1:]. Must be called
// after all flags are defined and before flags are accessed by the
// program.
func Parse() { CommandLine.Parse(os.Args[1:]) }

// Parsed reports whether the command-line flags have been parsed.
func Parsed() bool { return CommandLine.Parsed() }

// Var defines a flag with the specified name and usage string.
func Var(value Value, name string, usage string) { CommandLine.Var(value, name, usage) }

// BoolVar defines a bool flag with specified name, default value, and
// usage string.
func BoolVar(p *bool, name string, value bool, usage string) {
	CommandLine.BoolVar(p, name, value, usage)
}

// Bool defines a bool flag with specified name, default value, and usage
// string.
func Bool(name string, value bool, usage string) *bool {
	return CommandLine.Bool(name, value, usage)
}

// IntVar defines an int flag with specified name, default value, and
// usage string.
func IntVar(p *int, name string, value int, usage string) {
	CommandLine.IntVar(p, name, value, usage)
}

// Int defines an int flag with specified name, default value, and usage
// string.
func Int(name string, value int, usage string) *int {
	return CommandLine.Int(name, value, usage)
}

// Int64Var defines an int64 flag with specified name, default value, and
// usage string.
func Int64Var(p *int64, name string, value int64, usage string) {
	CommandLine.Int64Var(p, name, value, usage)
}

// Int64 defines an int64 flag with specified name, default value, and
// usage string.
func Int64(name string, value int64, usage string) *int64 {
	return CommandLine.Int64(name, value, usage)
}

// UintVar defines a uint flag with specified name, default value, and
// usage string.
func UintVar(p *uint, name string, value uint, usage string) {
	CommandLine.UintVar(p, name, value, usage)
}

// Uint defines a uint flag with specified name, default value, and usage
// string.
func Uint(name string, value uint, usage string) *uint {
	return CommandLine.Uint(name, value, usage)
}

// Uint64Var defines a uint64 flag with specified name, default value, and
// usage string.
func Uint64Var(p *uint64, name string, value uint64, usage string) {
	CommandLine.Uint64Var(p, name, value, usage)
}

// Uint64 defines a uint64 flag with specified name, default value, and
// usage string.
func Uint64(name string, value uint64, usage string) *uint64 {
	return CommandLine.Uint64(name, value, usage)
}

// StringVar defines a string flag with specified name, default value, and
// usage string.
func StringVar(p *string, name string, value string, usage string) {
	CommandLine.StringVar(p, name, value, usage)
}

// String defines a string flag with specified name, default value, and
// usage string.
func String(name string, value string, usage string) *string {
	return CommandLine.String(name, value, usage)
}

// Float64Var defines a float64 flag with specified name, default value,
// and usage string.
func Float64Var(p *float64, name string, value float64, usage string) {
	CommandLine.Float64Var(p, name, value, usage)
}

// Float64 defines a float64 flag with specified name, default value, and
// usage string.
func Float64(name string, value float64, usage string) *float64 {
	return CommandLine.Float64(name, value, usage)
}

// DurationVar defines a time.Duration flag with specified name, default
// value, and usage string.
func DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	CommandLine.DurationVar(p, name, value, usage)
}

// Duration defines a time.Duration flag with specified name, default
// value, and usage string.
func Duration(name string, value time.Duration, usage string) *time.Duration {
	return CommandLine.Duration(name, value, usage)
}

// TextVar defines a flag with a specified name, default value, and usage
// string; see FlagSet.TextVar.
func TextVar(p interface{ UnmarshalText(text []byte) error }, name string, value interface {
	MarshalText() (text []byte, err error)
}, usage string) {
	CommandLine.TextVar(p, name, value, usage)
}

// Func defines a flag with the specified name and usage string. Each time
// the flag is seen, fn is called with the value of the flag.
func Func(name, usage string, fn func(string) error) {
	CommandLine.Func(name, usage, fn)
}
