package fmt

import (
	"internal/reflectlite"
	"unicode/utf8"
)

// This file interprets Printf format strings: flags, argument indexes
// [n], widths and precisions (literal or '*'), verbs, and the complaints
// for missing, extra and misused operands.

// maxWidth bounds widths and precisions (literal or from '*').
const maxWidth = 1000000

// readNumber parses a decimal number at format[i:]; ok is false when
// there is none.
func readNumber(format string, i int) (n int, ok bool, next int) {
	for i < len(format) && '0' <= format[i] && format[i] <= '9' {
		if n > maxWidth {
			// Absurdly long: the rest of the format is swallowed.
			return 0, false, len(format)
		}
		n = n*10 + int(format[i]-'0')
		ok = true
		i++
	}
	return n, ok, i
}

// readIndex parses "[n]" at format[i:] (format[i] == '['): the
// zero-based index, whether the bracket holds just a number, and where
// parsing continues.
func readIndex(format string, i int) (index int, ok bool, next int) {
	if len(format)-i < 3 {
		return 0, false, i + 1
	}
	for j := i + 1; j < len(format); j++ {
		if format[j] == ']' {
			n, isNum, stop := readNumber(format[:j], i+1)
			if !isNum || stop != j {
				return 0, false, j + 1
			}
			return n - 1, true, j + 1
		}
	}
	return 0, false, i + 1
}

// starArg fetches the int operand of a '*'; ok is false if the operand
// is missing, not an integer, or out of range.
func starArg(a []any, k int) (n int, ok bool, next int) {
	if k >= len(a) {
		return 0, false, k
	}
	next = k + 1
	switch x := a[k].(type) {
	case int:
		n, ok = x, true
	case int8:
		n, ok = int(x), true
	case int16:
		n, ok = int(x), true
	case int32:
		n, ok = int(x), true
	case int64:
		n, ok = int(x), int64(int(x)) == x
	case uint:
		n, ok = int(x), int(x) >= 0
	case uint8:
		n, ok = int(x), true
	case uint16:
		n, ok = int(x), true
	case uint32:
		n, ok = int(x), true
	case uint64:
		n, ok = int(x), x <= 1<<62
	case uintptr:
		n, ok = int(x), int(x) >= 0
	default:
		v := reflectlite.ValueOf(a[k])
		switch v.Kind() {
		case reflectlite.Int, reflectlite.Int8, reflectlite.Int16, reflectlite.Int32, reflectlite.Int64:
			n, ok = int(v.Int()), true
		case reflectlite.Uint, reflectlite.Uint8, reflectlite.Uint16, reflectlite.Uint32,
			reflectlite.Uint64, reflectlite.Uintptr:
			u := v.Uint()
			n, ok = int(u), u <= 1<<62
		}
	}
	if !ok || n > maxWidth || n < -maxWidth {
		n, ok = 0, false
	}
	return n, ok, next
}

func (p *printer) printf(format string, a []any) {
	end := len(format)
	k := 0 // next operand
	p.reordered = false
directives:
	for i := 0; i < end; {
		p.indexOK = true
		start := i
		for i < end && format[i] != '%' {
			i++
		}
		if i > start {
			p.out = append(p.out, format[start:i]...)
		}
		if i >= end {
			break
		}
		i++ // the '%'
		p.spec.clearFlags()
		s := &p.spec

	flags:
		for ; i < end; i++ {
			switch c := format[i]; c {
			case '#':
				s.sharp = true
			case '0':
				s.zero = !s.minus
			case '+':
				s.plus = true
			case '-':
				s.minus = true
				s.zero = false
			case ' ':
				s.space = true
			default:
				// Common case: a letter verb right after the flags.
				if 'a' <= c && c <= 'z' && k < len(a) {
					if c == 'v' {
						s.sharpV, s.sharp = s.sharp, false
						s.plusV, s.plus = s.plus, false
					}
					p.printArg(a[k], rune(c))
					k++
					i++
					continue directives
				}
				break flags
			}
		}

		// Operand index before a '*' width.
		afterIndex := false
		k, afterIndex, i = p.pickIndex(format, i, a, k)

		// Width.
		if i < end && format[i] == '*' {
			i++
			s.width, s.hasWidth, k = starArg(a, k)
			if !s.hasWidth {
				p.out = append(p.out, badWidthTxt...)
			}
			if s.width < 0 {
				s.width = -s.width
				s.minus = true
				s.zero = false
			}
			afterIndex = false
		} else {
			s.width, s.hasWidth, i = readNumber(format, i)
			if afterIndex && s.hasWidth {
				// "%[3]2d": an index must come right before a '*' or the verb.
				p.indexOK = false
			}
		}

		// Precision.
		if i+1 < end && format[i] == '.' {
			i++
			if afterIndex {
				p.indexOK = false
			}
			k, afterIndex, i = p.pickIndex(format, i, a, k)
			if i < end && format[i] == '*' {
				i++
				s.prec, s.hasPrec, k = starArg(a, k)
				if s.prec < 0 {
					s.prec = 0
					s.hasPrec = false
				}
				if !s.hasPrec {
					p.out = append(p.out, badPrecTxt...)
				}
				afterIndex = false
			} else {
				s.prec, s.hasPrec, i = readNumber(format, i)
				if !s.hasPrec {
					s.prec = 0
					s.hasPrec = true
				}
			}
		}

		if !afterIndex {
			k, afterIndex, i = p.pickIndex(format, i, a, k)
		}

		if i >= end {
			p.out = append(p.out, noVerbTxt...)
			break
		}
		verb, size := rune(format[i]), 1
		if verb >= utf8.RuneSelf {
			verb, size = utf8.DecodeRuneInString(format[i:])
		}
		i += size

		switch {
		case verb == '%':
			// A literal percent takes no operand and ignores width and flags.
			p.out = append(p.out, '%')
		case !p.indexOK:
			p.out = append(p.out, '%', '!')
			p.out = utf8.AppendRune(p.out, verb)
			p.out = append(p.out, badIndexTxt...)
		case k >= len(a):
			p.out = append(p.out, '%', '!')
			p.out = utf8.AppendRune(p.out, verb)
			p.out = append(p.out, missingTxt...)
		default:
			if verb == 'v' {
				s.sharpV, s.sharp = s.sharp, false
				s.plusV, s.plus = s.plus, false
			}
			p.printArg(a[k], verb)
			k++
		}
	}

	if !p.reordered && k < len(a) {
		p.spec.clearFlags()
		p.out = append(p.out, extraTxt...)
		for j, arg := range a[k:] {
			if j > 0 {
				p.out = append(p.out, ", "...)
			}
			if arg == nil {
				p.out = append(p.out, nilAngle...)
				continue
			}
			p.out = append(p.out, reflectlite.TypeOf(arg).String()...)
			p.out = append(p.out, '=')
			p.printArg(arg, 'v')
		}
		p.out = append(p.out, ')')
	}
}

// pickIndex handles an optional "[n]" operand index at format[i]. after
// reports a well-formed bracket (even one naming a missing operand, which
// marks the directive bad).
func (p *printer) pickIndex(format string, i int, a []any, k int) (newK int, after bool, next int) {
	if i >= len(format) || format[i] != '[' {
		return k, false, i
	}
	p.reordered = true
	idx, wellFormed, next := readIndex(format, i)
	if wellFormed && 0 <= idx && idx < len(a) {
		return idx, true, next
	}
	p.indexOK = false
	return k, wellFormed, next
}
