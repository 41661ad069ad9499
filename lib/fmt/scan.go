package fmt

import (
	"errors"
	rl "internal/reflectlite"
	"io"
	"os"
	"strconv"
	"unicode/utf8"
)

// ScanState represents the scanner state passed to custom scanners.
type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by any value that has a Scan method, which scans
// the input for the representation of a value and stores the result in
// the receiver, which must be a pointer to be useful.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// Scan scans text read from standard input, storing successive
// space-separated values into successive arguments. Newlines count as space.
func Scan(a ...any) (n int, err error) { return Fscan(os.Stdin, a...) }

// Scanln is like Scan, but stops scanning at a newline and after the final
// item there must be a newline or EOF.
func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }

// Scanf scans text read from standard input as directed by the format.
func Scanf(format string, a ...any) (n int, err error) { return Fscanf(os.Stdin, format, a...) }

// Sscan scans the argument string, storing successive space-separated
// values into successive arguments. Newlines count as space.
func Sscan(str string, a ...any) (n int, err error) {
	return newScanner(&stringInput{s: str}, true, false).scanAll(a)
}

// Sscanln is like Sscan, but stops scanning at a newline and after the
// final item there must be a newline or EOF.
func Sscanln(str string, a ...any) (n int, err error) {
	return newScanner(&stringInput{s: str}, false, true).scanAll(a)
}

// Sscanf scans the argument string as directed by the format.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return newScanner(&stringInput{s: str}, false, false).scanFormat(format, a)
}

// Fscan scans text read from r, storing successive space-separated values
// into successive arguments. Newlines count as space.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	return newScanner(runeInput(r), true, false).scanAll(a)
}

// Fscanln is like Fscan, but stops scanning at a newline and after the
// final item there must be a newline or EOF.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return newScanner(runeInput(r), false, true).scanAll(a)
}

// Fscanf scans text read from r as directed by the format.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return newScanner(runeInput(r), false, false).scanFormat(format, a)
}

// stringInput reads runes from a string.
type stringInput struct {
	s    string
	at   int
	last int // size of the last rune read, for UnreadRune
}

func (in *stringInput) ReadRune() (rune, int, error) {
	if in.at >= len(in.s) {
		in.last = 0
		return 0, 0, io.EOF
	}
	r, n := rune(in.s[in.at]), 1
	if r >= utf8.RuneSelf {
		r, n = utf8.DecodeRuneInString(in.s[in.at:])
	}
	in.at += n
	in.last = n
	return r, n, nil
}

func (in *stringInput) UnreadRune() error {
	if in.last == 0 {
		return errors.New("fmt: no rune to unread")
	}
	in.at -= in.last
	in.last = 0
	return nil
}

// byteInput turns a plain io.Reader into a rune reader, one byte per Read
// call so nothing past the text scanned is consumed (but for one rune of
// look-ahead, which is lost when the scan call returns).
type byteInput struct {
	r       io.Reader
	pending rune
	size    int
	have    bool
	last    rune
	lastN   int
}

func runeInput(r io.Reader) io.RuneScanner {
	if rs, ok := r.(io.RuneScanner); ok {
		return rs
	}
	return &byteInput{r: r}
}

func (in *byteInput) readByte() (byte, error) {
	var b [1]byte
	for {
		n, err := in.r.Read(b[:])
		if n == 1 {
			return b[0], nil
		}
		if err != nil {
			return 0, err
		}
	}
}

func (in *byteInput) ReadRune() (rune, int, error) {
	if in.have {
		in.have = false
		in.last, in.lastN = in.pending, in.size
		return in.pending, in.size, nil
	}
	c, err := in.readByte()
	if err != nil {
		in.lastN = 0
		return 0, 0, err
	}
	if c < utf8.RuneSelf {
		in.last, in.lastN = rune(c), 1
		return rune(c), 1, nil
	}
	buf := []byte{c}
	for !utf8.FullRune(buf) && len(buf) < utf8.UTFMax {
		c, err = in.readByte()
		if err != nil {
			break
		}
		buf = append(buf, c)
	}
	r, n := utf8.DecodeRune(buf)
	if n < len(buf) {
		// Invalid sequence: report the first byte as an error rune;
		// the rest is dropped (as when reading byte by byte).
		n = 1
	}
	in.last, in.lastN = r, n
	return r, n, nil
}

func (in *byteInput) UnreadRune() error {
	if in.lastN == 0 {
		return errors.New("fmt: no rune to unread")
	}
	in.pending, in.size, in.have = in.last, in.lastN, true
	in.lastN = 0
	return nil
}

// scanner is the ScanState of one scanning call.
type scanner struct {
	in        io.RuneScanner
	nlIsSpace bool // newlines count as space (Scan)
	nlIsEnd   bool // a newline ends the input (Scanln)
	peeked    bool // the last rune read was pushed back
	// limit is the number of runes the current operand may still read
	// (a Scanf width), or a very large number.
	limit    int
	hasWidth bool
	width    int
	tok      []byte
}

const eofRune = -1
const noLimit = 1 << 30

func newScanner(in io.RuneScanner, nlIsSpace, nlIsEnd bool) *scanner {
	return &scanner{in: in, nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd, limit: noLimit}
}

// scanFailure carries an error out of the scanning code to the top-level
// call, which turns it back into a result.
type scanFailure struct{ err error }

func (s *scanner) fail(err error)       { panic(scanFailure{err}) }
func (s *scanner) failText(text string) { panic(scanFailure{errors.New(text)}) }

// recoverScan is deferred by the top-level calls.
func recoverScan(err *error) {
	if r := recover(); r != nil {
		if f, ok := r.(scanFailure); ok {
			*err = f.err
			return
		}
		if e, ok := r.(error); ok && e == io.EOF {
			*err = e
			return
		}
		panic(r)
	}
}

// next reads one rune within the operand's width, or eofRune.
func (s *scanner) next() rune {
	if s.limit <= 0 {
		return eofRune
	}
	r, _, err := s.in.ReadRune()
	if err != nil {
		if err == io.EOF {
			return eofRune
		}
		s.fail(err)
	}
	s.limit--
	// \r\n reads as \n.
	if r == '\r' {
		r2, _, err := s.in.ReadRune()
		if err == nil {
			if r2 == '\n' {
				return '\n'
			}
			s.in.UnreadRune()
		}
	}
	return r
}

func (s *scanner) back() {
	s.in.UnreadRune()
	s.limit++
}

// ReadRune reads the next rune, honouring the width.
func (s *scanner) ReadRune() (r rune, size int, err error) {
	if s.limit <= 0 {
		return 0, 0, io.EOF
	}
	r, size, err = s.in.ReadRune()
	if err == nil {
		s.limit--
	} else if err == io.EOF {
		// io.ErrUnexpectedEOF is for the middle of a token; a reader
		// simply running dry is io.EOF.
		err = io.EOF
	}
	return
}

// UnreadRune pushes the last rune back.
func (s *scanner) UnreadRune() error {
	s.back()
	return nil
}

// Width reports the width of the directive being scanned, if any.
func (s *scanner) Width() (int, bool) { return s.width, s.hasWidth }

// Read is not for use by Scan methods.
func (s *scanner) Read(buf []byte) (int, error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200A
}

// SkipSpace skips spaces; a newline is an error unless newlines count as
// space here.
func (s *scanner) SkipSpace() {
	for {
		r := s.next()
		if r == eofRune {
			return
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.failText("unexpected newline")
		}
		if !isSpace(r) {
			s.back()
			return
		}
	}
}

// Token skips spaces if asked, then returns the run of runes satisfying f
// (any non-space rune when f is nil).
func (s *scanner) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer recoverScan(&err)
	if f == nil {
		f = func(r rune) bool { return !isSpace(r) }
	}
	if skipSpace {
		s.SkipSpace()
	}
	return s.collect(f), nil
}

// collect reads the runes satisfying ok into a fresh slice.
func (s *scanner) collect(ok func(rune) bool) []byte {
	var b []byte
	for {
		r := s.next()
		if r == eofRune {
			return b
		}
		if !ok(r) {
			s.back()
			return b
		}
		b = utf8.AppendRune(b, r)
	}
}

// atEOF panics with io.EOF if no input is left.
func (s *scanner) atEOF() {
	if r := s.next(); r == eofRune {
		panic(io.EOF)
	}
	s.back()
}

// take accepts the next rune if it is in set.
func (s *scanner) take(set string) bool {
	r := s.next()
	if r == eofRune {
		return false
	}
	for _, c := range set {
		if c == r {
			s.tok = utf8.AppendRune(s.tok, r)
			return true
		}
	}
	s.back()
	return false
}

// peekIs reports whether the next rune is in set, without consuming it.
func (s *scanner) peekIs(set string) bool {
	r := s.next()
	if r == eofRune {
		return false
	}
	s.back()
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}

func (s *scanner) scanAll(a []any) (n int, err error) {
	defer recoverScan(&err)
	for _, arg := range a {
		s.scanOperand('v', arg)
		n++
	}
	if s.nlIsEnd {
		for {
			r := s.next()
			if r == '\n' || r == eofRune {
				break
			}
			if !isSpace(r) {
				s.failText("expected newline")
			}
		}
	}
	return
}

const (
	binDigits = "01"
	octDigits = "01234567"
	decDigits = "0123456789"
	hexDigits = "0123456789aAbBcCdDeEfF"
)

func badVerbErr(verb rune, what string) {
	panic(scanFailure{errors.New("bad verb '%" + string(verb) + "' for " + what)})
}

func verbIn(verb rune, ok string, what string) {
	for _, c := range ok {
		if c == verb {
			return
		}
	}
	badVerbErr(verb, what)
}

// integerText reads an integer's text for the verb and returns it with
// the base to parse it in (0: the prefix decides).
func (s *scanner) integerText(verb rune, signed bool) (string, int) {
	s.SkipSpace()
	s.atEOF()
	s.tok = s.tok[:0]
	base, digits := 10, decDigits
	switch verb {
	case 'b':
		base, digits = 2, binDigits
	case 'o':
		base, digits = 8, octDigits
	case 'x', 'X':
		base, digits = 16, hexDigits
	}
	if signed {
		s.take("+-")
	}
	sawDigit := false
	if verb == 'v' {
		base = 0
		digits = decDigits + "_"
		if s.take("0") {
			sawDigit = true
			switch {
			case s.take("bB"):
				digits = binDigits + "_"
			case s.take("oO"):
				digits = octDigits + "_"
			case s.take("xX"):
				digits = hexDigits + "_"
			default:
				digits = octDigits + "_"
			}
		}
	}
	for s.take(digits) {
		sawDigit = true
	}
	if !sawDigit {
		s.failText("expected integer")
	}
	return string(s.tok), base
}

func (s *scanner) scanInt(verb rune, bits int) int64 {
	if verb == 'c' {
		return int64(s.scanChar())
	}
	verbIn(verb, "bdoUxXv", "integer")
	text, base := s.integerText(verb, true)
	i, err := strconv.ParseInt(text, base, 64)
	if err != nil {
		s.fail(err)
	}
	if sh := 64 - uint(bits); (i<<sh)>>sh != i {
		s.failText("integer overflow on token " + text)
	}
	return i
}

func (s *scanner) scanUint(verb rune, bits int) uint64 {
	if verb == 'c' {
		return uint64(s.scanChar())
	}
	verbIn(verb, "bdoUxXv", "unsigned integer")
	text, base := s.integerText(verb, false)
	u, err := strconv.ParseUint(text, base, 64)
	if err != nil {
		s.fail(err)
	}
	if sh := 64 - uint(bits); (u<<sh)>>sh != u {
		s.failText("unsigned integer overflow on token " + text)
	}
	return u
}

// scanChar reads one rune, spaces included (%c).
func (s *scanner) scanChar() rune {
	r := s.next()
	if r == eofRune {
		panic(io.EOF)
	}
	return r
}

// floatText reads the text of a float: decimal or hexadecimal digits with
// underscores, a point, an exponent, or one of the words inf/nan.
func (s *scanner) floatText() string {
	s.tok = s.tok[:0]
	if s.take("nN") && s.take("aA") && s.take("nN") {
		return string(s.tok)
	}
	s.take("+-")
	if s.take("iI") && s.take("nN") && s.take("fF") {
		return string(s.tok)
	}
	digits, exp := decDigits+"_", "eEpP"
	if s.take("0") && s.take("xX") {
		digits, exp = hexDigits+"_", "pP"
	}
	for s.take(digits) {
	}
	if s.take(".") {
		for s.take(digits) {
		}
	}
	if s.take(exp) {
		s.take("+-")
		for s.take(decDigits + "_") {
		}
	}
	return string(s.tok)
}

func (s *scanner) scanFloat(verb rune, bits int) float64 {
	if bits == 32 {
		verbIn(verb, "beEfFgGxXv", "float32")
	} else {
		verbIn(verb, "beEfFgGxXv", "float64")
	}
	s.SkipSpace()
	s.atEOF()
	text := s.floatText()
	f, err := strconv.ParseFloat(text, bits)
	if err != nil {
		s.fail(err)
	}
	return f
}

func (s *scanner) scanComplex(verb rune, bits int) complex128 {
	if bits == 64 {
		verbIn(verb, "beEfFgGxXv", "complex64")
	} else {
		verbIn(verb, "beEfFgGxXv", "complex128")
	}
	s.SkipSpace()
	s.atEOF()
	s.tok = s.tok[:0]
	if !s.take("(") {
		s.failText("expected '('")
	}
	re := s.floatText()
	re, _ = re, 0
	rv, err := strconv.ParseFloat(re, bits/2)
	if err != nil {
		s.fail(err)
	}
	im := s.floatText()
	iv, err := strconv.ParseFloat(im, bits/2)
	if err != nil {
		s.fail(err)
	}
	s.tok = s.tok[:0]
	if !s.take("i") || !s.take(")") {
		s.failText("expected 'i)'")
	}
	return complex(rv, iv)
}

func (s *scanner) scanBool(verb rune) bool {
	s.SkipSpace()
	s.atEOF()
	verbIn(verb, "tv", "boolean")
	s.tok = s.tok[:0]
	switch s.next() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.take("rR") && (!s.take("uU") || !s.take("eE")) {
			s.failText("syntax error scanning boolean")
		}
		return true
	case 'f', 'F':
		if s.take("aA") && (!s.take("lL") || !s.take("sS") || !s.take("eE")) {
			s.failText("syntax error scanning boolean")
		}
		return false
	}
	return false
}

func (s *scanner) scanString(verb rune) string {
	verbIn(verb, "svqxX", "string")
	s.SkipSpace()
	s.atEOF()
	switch verb {
	case 'q':
		return s.quoted()
	case 'x', 'X':
		return s.hexBytes()
	}
	return string(s.collect(func(r rune) bool { return !isSpace(r) }))
}

// quoted reads a Go string literal, back- or double-quoted.
func (s *scanner) quoted() string {
	q := s.next()
	var b []byte
	switch q {
	case '`':
		for {
			r := s.next()
			if r == eofRune {
				s.fail(io.ErrUnexpectedEOF)
			}
			if r == '`' {
				return string(b)
			}
			b = utf8.AppendRune(b, r)
		}
	case '"':
		b = append(b, '"')
		for {
			r := s.next()
			if r == eofRune {
				s.fail(io.ErrUnexpectedEOF)
			}
			b = utf8.AppendRune(b, r)
			if r == '\\' {
				r = s.next()
				if r == eofRune {
					s.fail(io.ErrUnexpectedEOF)
				}
				b = utf8.AppendRune(b, r)
			} else if r == '"' {
				break
			}
		}
		str, err := strconv.Unquote(string(b))
		if err != nil {
			s.fail(err)
		}
		return str
	}
	s.failText("expected quoted string")
	return ""
}

func hexVal(r rune) (int, bool) {
	switch {
	case '0' <= r && r <= '9':
		return int(r - '0'), true
	case 'a' <= r && r <= 'f':
		return int(r-'a') + 10, true
	case 'A' <= r && r <= 'F':
		return int(r-'A') + 10, true
	}
	return 0, false
}

// hexBytes reads pairs of hex digits (%x on strings and byte slices).
func (s *scanner) hexBytes() string {
	var b []byte
	for {
		r := s.next()
		if r == eofRune {
			break
		}
		hi, ok := hexVal(r)
		if !ok {
			s.back()
			break
		}
		r = s.next()
		lo, ok := hexVal(r)
		if !ok {
			s.failText("illegal hex digit")
		}
		b = append(b, byte(hi<<4|lo))
	}
	if len(b) == 0 {
		s.failText("no hex data for %x string")
	}
	return string(b)
}

// zeroValueError is the panic for a nil operand, with Go's text.
type zeroValueError struct{}

func (zeroValueError) Error() string {
	return "reflect: call of reflect.Value.Type on zero Value"
}

// scanOperand scans one operand with the verb.
func (s *scanner) scanOperand(verb rune, arg any) {
	if sc, ok := arg.(Scanner); ok {
		if err := sc.Scan(s, verb); err != nil {
			s.fail(err)
		}
		return
	}
	switch p := arg.(type) {
	case *bool:
		*p = s.scanBool(verb)
	case *int:
		*p = int(s.scanInt(verb, 64))
	case *int8:
		*p = int8(s.scanInt(verb, 8))
	case *int16:
		*p = int16(s.scanInt(verb, 16))
	case *int32:
		*p = int32(s.scanInt(verb, 32))
	case *int64:
		*p = s.scanInt(verb, 64)
	case *uint:
		*p = uint(s.scanUint(verb, 64))
	case *uint8:
		*p = uint8(s.scanUint(verb, 8))
	case *uint16:
		*p = uint16(s.scanUint(verb, 16))
	case *uint32:
		*p = uint32(s.scanUint(verb, 32))
	case *uint64:
		*p = s.scanUint(verb, 64)
	case *uintptr:
		*p = uintptr(s.scanUint(verb, 64))
	case *float32:
		*p = float32(s.scanFloat(verb, 32))
	case *float64:
		*p = s.scanFloat(verb, 64)
	case *complex64:
		*p = complex64(s.scanComplex(verb, 64))
	case *complex128:
		*p = s.scanComplex(verb, 128)
	case *string:
		*p = s.scanString(verb)
	case *[]byte:
		*p = []byte(s.scanString(verb))
	default:
		if arg == nil {
			// Go's reflection-based scanner fails this way.
			panic(zeroValueError{})
		}
		v := rl.ValueOf(arg)
		if v.Kind() != rl.Pointer {
			s.failText("type not a pointer: " + rl.TypeOf(arg).String())
		}
		if v.IsNil() {
			s.failText("can't scan type: " + rl.TypeOf(arg).String())
		}
		e := v.Elem()
		switch e.Kind() {
		case rl.Bool:
			e.SetBool(s.scanBool(verb))
		case rl.Int, rl.Int8, rl.Int16, rl.Int32, rl.Int64:
			e.SetInt(s.scanInt(verb, int(e.Type().Size())*8))
		case rl.Uint, rl.Uint8, rl.Uint16, rl.Uint32, rl.Uint64, rl.Uintptr:
			e.SetUint(s.scanUint(verb, int(e.Type().Size())*8))
		case rl.Float32, rl.Float64:
			e.SetFloat(s.scanFloat(verb, int(e.Type().Size())*8))
		case rl.Complex64, rl.Complex128:
			e.SetComplex(s.scanComplex(verb, int(e.Type().Size())*8))
		case rl.String:
			e.SetString(s.scanString(verb))
		case rl.Slice:
			if e.Type().Elem().Kind() != rl.Uint8 {
				s.failText("can't scan type: " + rl.TypeOf(arg).String())
			}
			e.SetBytes([]byte(s.scanString(verb)))
		default:
			s.failText("can't scan type: " + rl.TypeOf(arg).String())
		}
	}
}

// scanFormat implements Scanf.
func (s *scanner) scanFormat(format string, a []any) (n int, err error) {
	defer recoverScan(&err)
	k := 0
	end := len(format)
	for i := 0; i < end; {
		c, w := utf8.DecodeRuneInString(format[i:])
		if c != '%' {
			if isSpace(c) || c == '\n' {
				i = s.matchSpaces(format, i)
				continue
			}
			r := s.next()
			if r != c {
				if r != eofRune {
					s.back()
				}
				s.failText("input does not match format")
			}
			i += w
			continue
		}
		i++
		if i >= end {
			s.failText("too few operands for format '%'")
		}
		// A width, then the verb.
		s.width, s.hasWidth, i = readNumber(format, i)
		if i >= end {
			s.failText("too few operands for format '%'")
		}
		verb, vw := utf8.DecodeRuneInString(format[i:])
		i += vw
		if verb == '%' {
			s.SkipSpace()
			switch r := s.next(); r {
			case eofRune:
				s.fail(io.ErrUnexpectedEOF)
			case '%':
			default:
				s.failText("missing literal %")
			}
			continue
		}
		if k >= len(a) {
			s.failText("too few operands for format '%" + format[i-vw:] + "'")
		}
		if s.hasWidth {
			if verb != 'c' {
				s.SkipSpace()
			}
			s.limit = s.width
		}
		s.scanOperand(verb, a[k])
		s.limit = noLimit
		s.hasWidth = false
		k++
		n++
	}
	if k < len(a) {
		s.failText("too many operands")
	}
	return
}

// matchSpaces handles a run of spaces and newlines in a Scanf format
// starting at format[i]: spaces match any (possibly empty at a newline or
// the end) run of input spaces, each newline a newline or the end of the
// input. It returns the format position after the run.
func (s *scanner) matchSpaces(format string, i int) int {
	for i < len(format) {
		c, w := utf8.DecodeRuneInString(format[i:])
		if c == '\n' {
			// Spaces, then a newline or the end of the input.
			for {
				r := s.next()
				if r == eofRune || r == '\n' {
					break
				}
				if !isSpace(r) {
					s.back()
					s.failText("newline in format does not match input")
				}
			}
			i += w
			continue
		}
		if !isSpace(c) {
			break
		}
		// A run of spaces: consume input spaces (not newlines).
		j := i + w
		for j < len(format) {
			c2, w2 := utf8.DecodeRuneInString(format[j:])
			if c2 == '\n' || !isSpace(c2) {
				break
			}
			j += w2
		}
		nextIsNL := j < len(format) && format[j] == '\n'
		seen := 0
		for {
			r := s.next()
			if r == eofRune {
				break
			}
			if r == '\n' || !isSpace(r) {
				s.back()
				if r == '\n' && !nextIsNL {
					s.failText("newline in input does not match format")
				}
				break
			}
			seen++
		}
		_ = seen
		i = j
	}
	return i
}
