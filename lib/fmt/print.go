// Package fmt implements formatted I/O with functions analogous to C's
// printf and scanf (Go 1.19's API). golite's version is written from the
// package documentation and observed behaviour; values that need
// reflection are read through internal/reflectlite.
package fmt

import (
	"errors"
	"internal/reflectlite"
	"io"
	"os"
	"sync"
	"unicode/utf8"
)

// Stringer is implemented by any value that has a String method, which
// defines the "native" format for that value.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method,
// which defines the Go syntax for that value (used by %#v).
type GoStringer interface {
	GoString() string
}

// Formatter is implemented by any value that has a Format method; the
// implementation controls how State and rune are interpreted.
type Formatter interface {
	Format(f State, verb rune)
}

// State represents the printer state passed to custom formatters.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// printer holds the output of one Print/Printf call and the state of the
// directive being formatted. printers are recycled through a pool.
type printer struct {
	out  []byte
	spec spec

	// scratch holds the text of one number or rune while it is built
	// (a local array would be heap allocated once sliced).
	scratch [80]byte

	// arg is the operand being printed when it came in as an interface;
	// val when it was reached through reflection (arg is then nil).
	arg any
	val reflectlite.Value

	// inBadVerb stops method calls while an operand is shown in a
	// %!verb(type=value) complaint; inPanic is set while a panic from a
	// String/Error/Format method is being reported.
	inBadVerb bool
	inPanic   bool

	// Errorf's %w bookkeeping.
	allowWrap bool
	wrapped   error

	// Printf's argument bookkeeping: an explicit [n] index was used
	// (no EXTRA complaint then), and whether the last index was valid.
	reordered bool
	indexOK   bool
}

var printers = sync.Pool{New: func() any { return new(printer) }}

func getPrinter() *printer {
	p := printers.Get().(*printer)
	p.inBadVerb = false
	p.inPanic = false
	p.allowWrap = false
	p.wrapped = nil
	p.spec.clearFlags()
	return p
}

func (p *printer) release() {
	if cap(p.out) > 64<<10 {
		return // do not keep huge buffers alive
	}
	p.out = p.out[:0]
	p.arg = nil
	p.val = reflectlite.Value{}
	p.wrapped = nil
	printers.Put(p)
}

// State methods, for Formatter implementations.

func (p *printer) Width() (int, bool)     { return p.spec.width, p.spec.hasWidth }
func (p *printer) Precision() (int, bool) { return p.spec.prec, p.spec.hasPrec }

func (p *printer) Flag(c int) bool {
	s := &p.spec
	switch c {
	case '-':
		return s.minus
	case '+':
		return s.plus || s.plusV
	case '#':
		return s.sharp || s.sharpV
	case ' ':
		return s.space
	case '0':
		return s.zero
	}
	return false
}

func (p *printer) Write(b []byte) (int, error) {
	p.out = append(p.out, b...)
	return len(b), nil
}

// WriteString lets io.WriteString append to the printer directly.
func (p *printer) WriteString(s string) (int, error) {
	p.out = append(p.out, s...)
	return len(s), nil
}

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	p := getPrinter()
	p.printf(format, a)
	n, err = w.Write(p.out)
	p.release()
	return
}

// Printf formats according to a format specifier and writes to standard output.
func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

// Sprintf formats according to a format specifier and returns the result.
func Sprintf(format string, a ...any) string {
	p := getPrinter()
	p.printf(format, a)
	s := string(p.out)
	p.release()
	return s
}

// Appendf formats according to a format specifier and appends the result to b.
func Appendf(b []byte, format string, a ...any) []byte {
	p := getPrinter()
	p.printf(format, a)
	b = append(b, p.out...)
	p.release()
	return b
}

// Fprint formats using the default formats and writes to w. Spaces are
// added between operands when neither is a string.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	p := getPrinter()
	p.print(a)
	n, err = w.Write(p.out)
	p.release()
	return
}

// Print formats using the default formats and writes to standard output.
func Print(a ...any) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

// Sprint formats using the default formats and returns the result.
func Sprint(a ...any) string {
	p := getPrinter()
	p.print(a)
	s := string(p.out)
	p.release()
	return s
}

// Append formats using the default formats and appends the result to b.
func Append(b []byte, a ...any) []byte {
	p := getPrinter()
	p.print(a)
	b = append(b, p.out...)
	p.release()
	return b
}

// Fprintln formats using the default formats and writes to w; operands
// are always separated by spaces and a newline is appended.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	p := getPrinter()
	p.println(a)
	n, err = w.Write(p.out)
	p.release()
	return
}

// Println formats using the default formats and writes to standard output.
func Println(a ...any) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}

// Sprintln formats using the default formats and returns the result.
func Sprintln(a ...any) string {
	p := getPrinter()
	p.println(a)
	s := string(p.out)
	p.release()
	return s
}

// Appendln formats using the default formats, appends a newline and
// appends the result to b.
func Appendln(b []byte, a ...any) []byte {
	p := getPrinter()
	p.println(a)
	b = append(b, p.out...)
	p.release()
	return b
}

// wrapError is the error Errorf returns for a format with one valid %w.
type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

// Errorf formats according to a format specifier and returns the string
// as an error. With a %w verb whose operand is an error, the result also
// has an Unwrap method returning that operand. More than one %w, or a %w
// operand that is not an error, is invalid.
func Errorf(format string, a ...any) error {
	p := getPrinter()
	p.allowWrap = true
	p.printf(format, a)
	s := string(p.out)
	var err error
	if p.wrapped == nil {
		err = errors.New(s)
	} else {
		err = &wrapError{s, p.wrapped}
	}
	p.release()
	return err
}

// isStringArg reports whether a is a string (of any string type).
func isStringArg(a any) bool {
	return a != nil && reflectlite.TypeOf(a).Kind() == reflectlite.String
}

func (p *printer) print(a []any) {
	prevString := false
	for i, arg := range a {
		isStr := isStringArg(arg)
		if i > 0 && !isStr && !prevString {
			p.out = append(p.out, ' ')
		}
		p.printArg(arg, 'v')
		prevString = isStr
	}
}

func (p *printer) println(a []any) {
	for i, arg := range a {
		if i > 0 {
			p.out = append(p.out, ' ')
		}
		p.printArg(arg, 'v')
	}
	p.out = append(p.out, '\n')
}

// Fixed texts of complaints.
const (
	nilAngle    = "<nil>"
	nilParen    = "(nil)"
	badIndexTxt = "(BADINDEX)"
	missingTxt  = "(MISSING)"
	badWidthTxt = "%!(BADWIDTH)"
	badPrecTxt  = "%!(BADPREC)"
	noVerbTxt   = "%!(NOVERB)"
	extraTxt    = "%!(EXTRA "
)

// complain writes %!verb(type=value) for an operand the verb does not
// apply to.
func (p *printer) complain(verb rune) {
	p.inBadVerb = true
	p.out = append(p.out, '%', '!')
	p.out = utf8.AppendRune(p.out, verb)
	p.out = append(p.out, '(')
	switch {
	case p.arg != nil:
		p.out = append(p.out, reflectlite.TypeOf(p.arg).String()...)
		p.out = append(p.out, '=')
		p.printArg(p.arg, 'v')
	case p.val.IsValid():
		p.out = append(p.out, p.val.Type().String()...)
		p.out = append(p.out, '=')
		p.printValue(p.val, 'v', 0)
	default:
		p.out = append(p.out, nilAngle...)
	}
	p.out = append(p.out, ')')
	p.inBadVerb = false
}

// printArg prints one operand for a verb. Common types are formatted
// directly; the rest go through methods and then reflection.
func (p *printer) printArg(arg any, verb rune) {
	p.arg = arg
	p.val = reflectlite.Value{}
	if arg == nil {
		if verb == 'T' || verb == 'v' {
			p.padString(nilAngle)
		} else {
			p.complain(verb)
		}
		return
	}
	switch verb {
	case 'T':
		p.padString(p.clipString(reflectlite.TypeOf(arg).String()))
		return
	case 'p':
		p.printPointer(reflectlite.ValueOf(arg), 'p')
		return
	}
	switch x := arg.(type) {
	case bool:
		p.boolVerb(x, verb)
	case int:
		p.intVerb(uint64(x), true, verb)
	case int8:
		p.intVerb(uint64(x), true, verb)
	case int16:
		p.intVerb(uint64(x), true, verb)
	case int32:
		p.intVerb(uint64(x), true, verb)
	case int64:
		p.intVerb(uint64(x), true, verb)
	case uint:
		p.intVerb(uint64(x), false, verb)
	case uint8:
		p.intVerb(uint64(x), false, verb)
	case uint16:
		p.intVerb(uint64(x), false, verb)
	case uint32:
		p.intVerb(uint64(x), false, verb)
	case uint64:
		p.intVerb(x, false, verb)
	case uintptr:
		p.intVerb(uint64(x), false, verb)
	case float32:
		p.floatVerb(float64(x), 32, verb)
	case float64:
		p.floatVerb(x, 64, verb)
	case complex64:
		p.complexVerb(complex128(x), 64, verb)
	case complex128:
		p.complexVerb(x, 128, verb)
	case string:
		p.stringVerb(x, verb)
	case []byte:
		p.bytesVerb(x, verb, "[]byte")
	default:
		if p.tryMethods(verb) {
			return
		}
		p.printValue(reflectlite.ValueOf(arg), verb, 0)
	}
}

// tryMethods gives p.arg's Formatter, GoStringer, error or Stringer
// method the chance to print it; it reports whether one did.
func (p *printer) tryMethods(verb rune) (handled bool) {
	if p.inBadVerb {
		return false
	}
	if verb == 'w' {
		err, isErr := p.arg.(error)
		if !isErr || !p.allowWrap || p.wrapped != nil {
			p.wrapped = nil
			p.allowWrap = false
			p.complain(verb)
			return true
		}
		p.wrapped = err
		verb = 'v'
	}
	// handled is set before each call: a method that panics has still
	// produced the operand's text (the panic report).
	if f, ok := p.arg.(Formatter); ok {
		handled = true
		defer p.recoverMethod(verb, "Format")
		f.Format(p, verb)
		return true
	}
	if p.spec.sharpV {
		if g, ok := p.arg.(GoStringer); ok {
			handled = true
			defer p.recoverMethod(verb, "GoString")
			p.putStringPlain(g.GoString())
			return true
		}
		return false
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		switch m := p.arg.(type) {
		case error:
			handled = true
			defer p.recoverMethod(verb, "Error")
			p.stringVerb(m.Error(), verb)
			return true
		case Stringer:
			handled = true
			defer p.recoverMethod(verb, "String")
			p.stringVerb(m.String(), verb)
			return true
		}
	}
	return false
}

// putStringPlain writes a GoString result: %s-style, without quoting.
func (p *printer) putStringPlain(s string) {
	p.padString(p.clipString(s))
}

// recoverMethod reports a panic in a method called by tryMethods. A nil
// pointer receiver prints as <nil>; anything else as
// %!verb(PANIC=Method method: value). A panic while already reporting
// one is passed on.
func (p *printer) recoverMethod(verb rune, method string) {
	r := recover()
	if r == nil {
		return
	}
	if v := reflectlite.ValueOf(p.arg); v.Kind() == reflectlite.Pointer && v.IsNil() {
		p.out = append(p.out, nilAngle...)
		return
	}
	if p.inPanic {
		panic(r)
	}
	saved := p.spec
	p.spec.clearFlags()
	p.out = append(p.out, '%', '!')
	p.out = utf8.AppendRune(p.out, verb)
	p.out = append(p.out, "(PANIC="...)
	p.out = append(p.out, method...)
	p.out = append(p.out, " method: "...)
	p.inPanic = true
	p.printArg(r, 'v')
	p.inPanic = false
	p.out = append(p.out, ')')
	p.spec = saved
}

func (p *printer) boolVerb(b bool, verb rune) {
	switch verb {
	case 't', 'v':
		p.putBool(b)
	default:
		p.complain(verb)
	}
}

// intVerb formats an integer operand (u holds an int64's bits if signed).
func (p *printer) intVerb(u uint64, signed bool, verb rune) {
	switch verb {
	case 'v':
		if p.spec.sharpV && !signed {
			p.putHex0x(u, true)
		} else {
			p.putInteger(u, 10, signed, verb, lowerHex)
		}
	case 'd':
		p.putInteger(u, 10, signed, verb, lowerHex)
	case 'b':
		p.putInteger(u, 2, signed, verb, lowerHex)
	case 'o', 'O':
		p.putInteger(u, 8, signed, verb, lowerHex)
	case 'x':
		p.putInteger(u, 16, signed, verb, lowerHex)
	case 'X':
		p.putInteger(u, 16, signed, verb, upperHex)
	case 'c':
		p.putChar(u)
	case 'q':
		p.putQuotedChar(u)
	case 'U':
		p.putUnicode(u)
	default:
		p.complain(verb)
	}
}

func (p *printer) floatVerb(f float64, size int, verb rune) {
	switch verb {
	case 'v':
		p.putFloat(f, size, 'g', -1)
	case 'b', 'g', 'G', 'x', 'X':
		p.putFloat(f, size, verb, -1)
	case 'f', 'e', 'E':
		p.putFloat(f, size, verb, 6)
	case 'F':
		p.putFloat(f, size, 'f', 6)
	default:
		p.complain(verb)
	}
}

func (p *printer) complexVerb(c complex128, size int, verb rune) {
	switch verb {
	case 'v':
		p.putComplex(c, size, 'g', -1)
	case 'b', 'g', 'G', 'x', 'X':
		p.putComplex(c, size, verb, -1)
	case 'f', 'e', 'E':
		p.putComplex(c, size, verb, 6)
	case 'F':
		p.putComplex(c, size, 'f', 6)
	default:
		p.complain(verb)
	}
}

func (p *printer) stringVerb(s string, verb rune) {
	switch verb {
	case 'v':
		if p.spec.sharpV {
			p.putQuoted(s)
		} else {
			p.padString(p.clipString(s))
		}
	case 's':
		p.padString(p.clipString(s))
	case 'x':
		p.putHexString(s, lowerHex)
	case 'X':
		p.putHexString(s, upperHex)
	case 'q':
		p.putQuoted(s)
	default:
		p.complain(verb)
	}
}

// bytesVerb formats a byte slice: as a string for %s %q %x %X, as a list
// of numbers for %v and %d.
func (p *printer) bytesVerb(b []byte, verb rune, typ string) {
	switch verb {
	case 'v', 'd':
		if p.spec.sharpV {
			p.out = append(p.out, typ...)
			if b == nil {
				p.out = append(p.out, nilParen...)
				return
			}
			p.out = append(p.out, '{')
			for i, c := range b {
				if i > 0 {
					p.out = append(p.out, ", "...)
				}
				p.putHex0x(uint64(c), true)
			}
			p.out = append(p.out, '}')
			return
		}
		p.out = append(p.out, '[')
		for i, c := range b {
			if i > 0 {
				p.out = append(p.out, ' ')
			}
			p.putInteger(uint64(c), 10, false, verb, lowerHex)
		}
		p.out = append(p.out, ']')
	case 's':
		p.padBytes(p.clipBytes(b))
	case 'x':
		p.putHexString(string(b), lowerHex)
	case 'X':
		p.putHexString(string(b), upperHex)
	case 'q':
		p.putQuoted(string(b))
	default:
		p.printValue(reflectlite.ValueOf(b), verb, 0)
	}
}

// printPointer formats chan, func, map, pointer, slice and
// unsafe.Pointer values for %p, %v and the integer verbs.
func (p *printer) printPointer(v reflectlite.Value, verb rune) {
	var u uint64
	switch v.Kind() {
	case reflectlite.Chan, reflectlite.Func, reflectlite.Map, reflectlite.Pointer,
		reflectlite.Slice, reflectlite.UnsafePointer:
		u = uint64(v.Pointer())
	default:
		p.complain(verb)
		return
	}
	switch verb {
	case 'v':
		if p.spec.sharpV {
			p.out = append(p.out, '(')
			p.out = append(p.out, v.Type().String()...)
			p.out = append(p.out, ")("...)
			if u == 0 {
				p.out = append(p.out, "nil"...)
			} else {
				p.putHex0x(u, true)
			}
			p.out = append(p.out, ')')
		} else if u == 0 {
			p.padString(nilAngle)
		} else {
			p.putHex0x(u, !p.spec.sharp)
		}
	case 'p':
		p.putHex0x(u, !p.spec.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.intVerb(u, false, verb)
	default:
		p.complain(verb)
	}
}
