// The printer: Repr gives the readable form (strings quoted), Display the
// human form (strings raw).

package main

// Repr prints a value so that the reader can read it back (for data).
func Repr(v Value) string { return printValue(v, true) }

// Display prints a value for humans.
func Display(v Value) string { return printValue(v, false) }

func printValue(v Value, quote bool) string {
	switch x := v.(type) {
	case Int:
		return itoa(int64(x))
	case *Big:
		return x.String()
	case Str:
		if quote {
			return quoteString(string(x))
		}
		return string(x)
	case Sym:
		return string(x)
	case Bool:
		if x {
			return "#t"
		}
		return "#f"
	case Null:
		return "()"
	case Void:
		return "#<void>"
	case *Pair:
		return printList(x, quote)
	case *Builtin:
		return "#<builtin " + x.Name + ">"
	case *Lambda:
		if x.Name != "" {
			return "#<procedure " + x.Name + ">"
		}
		return "#<procedure>"
	case *Macro:
		return "#<macro>"
	case *Hash:
		s := "#<hash"
		for _, k := range x.Keys() {
			val, _ := x.Get(k)
			s += " " + printValue(k, quote) + "=" + printValue(val, quote)
		}
		return s + ">"
	case *Vector:
		s := "["
		for i, it := range x.Items {
			if i > 0 {
				s += " "
			}
			s += printValue(it, quote)
		}
		return s + "]"
	}
	return "#<unknown>"
}

var quoteAbbrev = map[Sym]string{
	"quote":            "'",
	"quasiquote":       "`",
	"unquote":          ",",
	"unquote-splicing": ",@",
}

func printList(p *Pair, quote bool) string {
	if s, ok := p.Car.(Sym); ok {
		if ab, ok := quoteAbbrev[s]; ok {
			if rest, ok := p.Cdr.(*Pair); ok {
				if _, end := rest.Cdr.(Null); end {
					return ab + printValue(rest.Car, quote)
				}
			}
		}
	}
	s := "("
	var v Value = p
	first := true
	for {
		switch x := v.(type) {
		case *Pair:
			if !first {
				s += " "
			}
			s += printValue(x.Car, quote)
			first = false
			v = x.Cdr
			continue
		case Null:
		default:
			s += " . " + printValue(x, quote)
		}
		break
	}
	return s + ")"
}

func quoteString(s string) string {
	out := []byte{'"'}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '"':
			out = append(out, '\\', '"')
		case '\\':
			out = append(out, '\\', '\\')
		case '\n':
			out = append(out, '\\', 'n')
		case '\t':
			out = append(out, '\\', 't')
		default:
			out = append(out, c)
		}
	}
	return string(append(out, '"'))
}
