package fmt

import (
	rl "internal/reflectlite"
)

// printValue prints a value reached through reflection: the operand of
// a type printArg does not know, or an element, field, key or pointee
// inside one (depth > 0).
func (p *printer) printValue(v rl.Value, verb rune, depth int) {
	// Inner values get their own chance at String/Error/Format methods
	// (the operand itself had it in printArg). A type without methods
	// has none of them, which saves boxing every element.
	if depth > 0 && v.IsValid() && v.CanInterface() && v.Type().NumMethod() > 0 {
		p.arg = v.Interface()
		if p.tryMethods(verb) {
			return
		}
	}
	p.arg = nil
	p.val = v

	switch v.Kind() {
	case rl.Invalid:
		if depth == 0 {
			p.out = append(p.out, "<invalid reflect.Value>"...)
		} else if verb == 'v' {
			p.out = append(p.out, nilAngle...)
		} else {
			p.complain(verb)
		}
	case rl.Bool:
		p.boolVerb(v.Bool(), verb)
	case rl.Int, rl.Int8, rl.Int16, rl.Int32, rl.Int64:
		p.intVerb(uint64(v.Int()), true, verb)
	case rl.Uint, rl.Uint8, rl.Uint16, rl.Uint32, rl.Uint64, rl.Uintptr:
		p.intVerb(v.Uint(), false, verb)
	case rl.Float32:
		p.floatVerb(v.Float(), 32, verb)
	case rl.Float64:
		p.floatVerb(v.Float(), 64, verb)
	case rl.Complex64:
		p.complexVerb(v.Complex(), 64, verb)
	case rl.Complex128:
		p.complexVerb(v.Complex(), 128, verb)
	case rl.String:
		p.stringVerb(v.String(), verb)
	case rl.Map:
		p.printMap(v, verb, depth)
	case rl.Struct:
		p.printStruct(v, verb, depth)
	case rl.Interface:
		inner := v.Elem()
		if !inner.IsValid() {
			if p.spec.sharpV {
				p.out = append(p.out, v.Type().String()...)
				p.out = append(p.out, nilParen...)
			} else {
				p.out = append(p.out, nilAngle...)
			}
		} else {
			p.printValue(inner, verb, depth+1)
		}
	case rl.Array, rl.Slice:
		p.printList(v, verb, depth)
	case rl.Pointer:
		// At the top level a pointer to a composite prints as &{...}.
		if depth == 0 && !v.IsNil() {
			switch e := v.Elem(); e.Kind() {
			case rl.Array, rl.Slice, rl.Struct, rl.Map:
				p.out = append(p.out, '&')
				p.printValue(e, verb, depth+1)
				return
			}
		}
		p.printPointer(v, verb)
	case rl.Chan, rl.Func, rl.UnsafePointer:
		p.printPointer(v, verb)
	default:
		p.complain(verb)
	}
}

func (p *printer) printMap(v rl.Value, verb rune, depth int) {
	if p.spec.sharpV {
		p.out = append(p.out, v.Type().String()...)
		if v.IsNil() {
			p.out = append(p.out, nilParen...)
			return
		}
		p.out = append(p.out, '{')
	} else {
		p.out = append(p.out, "map["...)
	}
	keys, elems := v.MapEntries()
	sortEntries(keys, elems)
	for i := range keys {
		if i > 0 {
			if p.spec.sharpV {
				p.out = append(p.out, ", "...)
			} else {
				p.out = append(p.out, ' ')
			}
		}
		p.printValue(keys[i], verb, depth+1)
		p.out = append(p.out, ':')
		p.printValue(elems[i], verb, depth+1)
	}
	if p.spec.sharpV {
		p.out = append(p.out, '}')
	} else {
		p.out = append(p.out, ']')
	}
}

func (p *printer) printStruct(v rl.Value, verb rune, depth int) {
	t := v.Type()
	if p.spec.sharpV {
		p.out = append(p.out, t.String()...)
	}
	p.out = append(p.out, '{')
	for i, n := 0, v.NumField(); i < n; i++ {
		if i > 0 {
			if p.spec.sharpV {
				p.out = append(p.out, ", "...)
			} else {
				p.out = append(p.out, ' ')
			}
		}
		if p.spec.plusV || p.spec.sharpV {
			p.out = append(p.out, t.Field(i).Name...)
			p.out = append(p.out, ':')
		}
		f := v.Field(i)
		if f.Kind() == rl.Interface && !f.IsNil() {
			f = f.Elem()
		}
		p.printValue(f, verb, depth+1)
	}
	p.out = append(p.out, '}')
}

// printList prints an array or slice; byte lists take the string verbs.
func (p *printer) printList(v rl.Value, verb rune, depth int) {
	t := v.Type()
	switch verb {
	case 's', 'q', 'x', 'X':
		if t.Elem().Kind() == rl.Uint8 {
			n := v.Len()
			b := make([]byte, n)
			for i := 0; i < n; i++ {
				b[i] = byte(v.Index(i).Uint())
			}
			p.bytesVerb(b, verb, t.String())
			return
		}
	}
	if p.spec.sharpV {
		p.out = append(p.out, t.String()...)
		if v.Kind() == rl.Slice && v.IsNil() {
			p.out = append(p.out, nilParen...)
			return
		}
		p.out = append(p.out, '{')
		for i, n := 0, v.Len(); i < n; i++ {
			if i > 0 {
				p.out = append(p.out, ", "...)
			}
			p.printValue(v.Index(i), verb, depth+1)
		}
		p.out = append(p.out, '}')
		return
	}
	p.out = append(p.out, '[')
	for i, n := 0, v.Len(); i < n; i++ {
		if i > 0 {
			p.out = append(p.out, ' ')
		}
		p.printValue(v.Index(i), verb, depth+1)
	}
	p.out = append(p.out, ']')
}
