// This file implements the complex-number conversions, built from the
// float ones: a complex literal is a real part, a signed imaginary part
// ending in 'i', or both, optionally in parentheses.

package strconv

// FormatComplex writes c as "(a+bi)", each part formatted as FormatFloat
// would with fmt and prec; bitSize is 64 (complex64, parts as float32) or
// 128 (complex128). Any other bitSize panics.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	var part int
	switch bitSize {
	case 64:
		part = 32
	case 128:
		part = 64
	default:
		panic("invalid bitSize")
	}
	buf := make([]byte, 0, 48)
	buf = append(buf, '(')
	buf = appendFloat(buf, real(c), fmt, prec, part)
	mark := len(buf)
	buf = appendFloat(buf, imag(c), fmt, prec, part)
	if c := buf[mark]; c != '+' && c != '-' {
		buf = append(buf, 0)
		copy(buf[mark+1:], buf[mark:])
		buf[mark] = '+'
	}
	buf = append(buf, 'i', ')')
	return string(buf)
}

// asComplexError rewrites a ParseFloat error for ParseComplex. Range
// errors are returned as pending (the parse goes on), others as fatal.
func asComplexError(err error, whole string) (fatal, pending error) {
	ne := err.(*NumError)
	ne.Func = "ParseComplex"
	ne.Num = ownCopy(whole)
	if ne.Err == ErrRange {
		return nil, ne
	}
	return ne, nil
}

// ParseComplex reads a complex number written as N, Ni or N±Ni (N being
// anything ParseFloat accepts, a NaN imaginary part only after '+'),
// optionally wrapped in one pair of parentheses and with no spaces.
// bitSize 64 rounds both parts to float32 precision (the result converts to
// complex64 exactly); any other value means complex128.
//
// Errors are *NumError values for the whole input: ErrSyntax for malformed
// text, ErrRange (with the part that overflowed set to ±Inf) when a part is
// out of range.
func ParseComplex(s string, bitSize int) (complex128, error) {
	part := 64
	if bitSize == 64 {
		part = 32
	}
	whole := s
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	var pending error
	re, n, err := parseFloatPrefix(s, part)
	if err != nil {
		var fatal error
		if fatal, pending = asComplexError(err, whole); fatal != nil {
			return 0, fatal
		}
	}
	s = s[n:]
	if s == "" {
		return complex(re, 0), pending
	}
	switch s[0] {
	case '+':
		// Skip the '+' so that "+NaNi" parses, but leave "++" to fail.
		if len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
	case '-':
	case 'i':
		if len(s) == 1 {
			return complex(0, re), pending
		}
		return 0, failSyntax("ParseComplex", whole)
	default:
		return 0, failSyntax("ParseComplex", whole)
	}
	im, n, err := parseFloatPrefix(s, part)
	if err != nil {
		var fatal error
		if fatal, pending = asComplexError(err, whole); fatal != nil {
			return 0, fatal
		}
	}
	if s[n:] != "i" {
		return 0, failSyntax("ParseComplex", whole)
	}
	return complex(re, im), pending
}
