// This file implements ParseUint, ParseInt and Atoi.
//
// Digits are accumulated left to right into a uint64 with an overflow
// guard; a syntax error stops the scan at once, and so does overflow (the
// error then reports the range, whatever follows). Underscores are only
// meaningful in base 0 and are validated after the scan against Go's
// literal rules.

package strconv

// digitValue maps an ASCII byte to its digit value (36 for non-digits).
func digitValue(c byte) uint64 {
	switch {
	case '0' <= c && c <= '9':
		return uint64(c - '0')
	case 'a' <= c && c <= 'z':
		return uint64(c-'a') + 10
	case 'A' <= c && c <= 'Z':
		return uint64(c-'A') + 10
	}
	return 36
}

// underscoresWellPlaced reports whether the underscores in the base-0
// literal s (sign already removed or not) are each between two digits, or
// between a base prefix and a digit.
func underscoresWellPlaced(s string) bool {
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	// prevDigit: the last byte seen was a digit (or a base prefix, which
	// an underscore may follow).
	prevDigit := false
	hex := false
	if len(s) >= 2 && s[0] == '0' {
		switch s[1] | 0x20 {
		case 'x':
			hex = true
			fallthrough
		case 'b', 'o':
			s = s[2:]
			prevDigit = true
		}
	}
	afterUnderscore := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		isDigit := '0' <= c && c <= '9' || hex && 'a' <= c|0x20 && c|0x20 <= 'f'
		switch {
		case isDigit:
			prevDigit = true
			afterUnderscore = false
		case c == '_':
			if !prevDigit {
				return false
			}
			prevDigit = false
			afterUnderscore = true
		default:
			// Not part of the number's digits: the underscore rules only
			// care that no underscore borders it.
			if afterUnderscore {
				return false
			}
			prevDigit = false
		}
	}
	return !afterUnderscore
}

// ParseUint is like ParseInt but for unsigned numbers.
//
// A sign prefix is not permitted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	return parseUnsigned("ParseUint", s, base, bitSize)
}

func parseUnsigned(fn, s string, base int, bitSize int) (uint64, error) {
	if s == "" {
		return 0, failSyntax(fn, s)
	}
	whole := s
	allowUnderscore := false
	switch {
	case base == 0:
		base = 10
		allowUnderscore = true
		if s[0] == '0' {
			base = 8
			if len(s) >= 3 {
				switch s[1] | 0x20 {
				case 'x':
					base, s = 16, s[2:]
				case 'b':
					base, s = 2, s[2:]
				case 'o':
					base, s = 8, s[2:]
				default:
					s = s[1:]
				}
			} else {
				s = s[1:]
			}
		}
	case base < 2 || base > 36:
		return 0, failBase(fn, whole, base)
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, failBitSize(fn, whole, bitSize)
	}
	limit := uint64(1)<<uint(bitSize) - 1
	if bitSize == 64 {
		limit = ^uint64(0)
	}
	// Beyond guard, multiplying by base overflows 64 bits.
	guard := ^uint64(0)/uint64(base) + 1

	var v uint64
	sawUnderscore := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' && allowUnderscore {
			sawUnderscore = true
			continue
		}
		d := digitValue(c)
		if d >= uint64(base) {
			return 0, failSyntax(fn, whole)
		}
		if v >= guard {
			return limit, failRange(fn, whole)
		}
		v *= uint64(base)
		next := v + d
		if next < v || next > limit {
			return limit, failRange(fn, whole)
		}
		v = next
	}
	if sawUnderscore && !underscoresWellPlaced(whole) {
		return 0, failSyntax(fn, whole)
	}
	return v, nil
}

// ParseInt interprets a string s in the given base (0, 2 to 36) and
// bit size (0 to 64) and returns the corresponding value i.
//
// The string may begin with a leading sign: "+" or "-".
//
// If the base argument is 0, the true base is implied by the string's
// prefix following the sign (if present): 2 for "0b", 8 for "0" or "0o",
// 16 for "0x", and 10 otherwise. Also, for argument base 0 only,
// underscore characters are permitted as defined by the Go syntax for
// integer literals.
//
// The bitSize argument specifies the integer type
// that the result must fit into. Bit sizes 0, 8, 16, 32, and 64
// correspond to int, int8, int16, int32, and int64.
// If bitSize is below 0 or above 64, an error is returned.
//
// The errors that ParseInt returns have concrete type *NumError
// and include err.Num = s. If s is empty or contains invalid
// digits, err.Err = ErrSyntax and the returned value is 0;
// if the value corresponding to s cannot be represented by a
// signed integer of the given size, err.Err = ErrRange and the
// returned value is the maximum magnitude integer of the
// appropriate bitSize and sign.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	return parseSigned("ParseInt", s, base, bitSize)
}

func parseSigned(fn, s string, base int, bitSize int) (int64, error) {
	if s == "" {
		return 0, failSyntax(fn, s)
	}
	body := s
	neg := false
	if s[0] == '+' || s[0] == '-' {
		neg = s[0] == '-'
		body = s[1:]
	}
	mag, err := parseUnsigned(fn, body, base, bitSize)
	if err != nil {
		ne := err.(*NumError)
		ne.Num = ownCopy(s)
		if ne.Err != ErrRange {
			return 0, ne
		}
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	top := uint64(1) << uint(bitSize-1)
	if !neg && mag >= top {
		return int64(top - 1), failRange(fn, s)
	}
	if neg && mag > top {
		return -int64(top), failRange(fn, s)
	}
	if neg {
		return -int64(mag), nil
	}
	return int64(mag), nil
}

// Atoi is equivalent to ParseInt(s, 10, 0), converted to type int.
func Atoi(s string) (int, error) {
	// Short inputs cannot overflow: accumulate directly.
	if n := len(s); n > 0 && n < 19 {
		body := s
		if s[0] == '+' || s[0] == '-' {
			body = s[1:]
			if body == "" {
				return 0, failSyntax("Atoi", s)
			}
		}
		v := 0
		for i := 0; i < len(body); i++ {
			d := body[i] - '0'
			if d > 9 {
				return 0, failSyntax("Atoi", s)
			}
			v = v*10 + int(d)
		}
		if s[0] == '-' {
			v = -v
		}
		return v, nil
	}
	v, err := parseSigned("Atoi", s, 10, 0)
	return int(v), err
}
