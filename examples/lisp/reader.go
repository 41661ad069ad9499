// The reader: parses tokens into data (S-expressions). Quote forms are
// expanded here: 'x is (quote x), `x is (quasiquote x), ,x is (unquote x)
// and [a b] is (vector a b).

package main

// Reader parses a whole program one datum at a time.
type Reader struct {
	lex  *Lexer
	tok  Token
	have bool
}

func NewReader(src string) *Reader { return &Reader{lex: NewLexer(src)} }

func (r *Reader) peek() Token {
	if !r.have {
		r.tok = r.lex.Next()
		r.have = true
	}
	return r.tok
}

func (r *Reader) next() Token {
	t := r.peek()
	r.have = false
	return t
}

// AtEOF reports whether all data have been read.
func (r *Reader) AtEOF() bool { return r.peek().Kind == TokEOF }

// Read parses one datum.
func (r *Reader) Read() Value {
	t := r.next()
	switch t.Kind {
	case TokEOF:
		throw("unexpected end of input")
	case TokLParen:
		return r.readList(TokRParen)
	case TokLBracket:
		items := ListToSlice(r.readList(TokRBracket))
		return Cons(Sym("vector"), List(items...))
	case TokRParen, TokRBracket:
		throw("unexpected " + t.Kind.String() + " at " + t.Pos.String())
	case TokQuote:
		return List(Sym("quote"), r.Read())
	case TokQuasi:
		return List(Sym("quasiquote"), r.Read())
	case TokUnquote:
		return List(Sym("unquote"), r.Read())
	case TokUnquoteSplice:
		return List(Sym("unquote-splicing"), r.Read())
	case TokDot:
		throw("unexpected . at " + t.Pos.String())
	case TokString:
		return Str(t.Text)
	case TokNumber:
		v, ok := parseInt(t.Text)
		if !ok {
			throw("bad number " + t.Text)
		}
		return v
	case TokBool:
		return Bool(t.Text == "#t")
	case TokSymbol:
		return Sym(t.Text)
	}
	throw("unknown token")
	return nil
}

func (r *Reader) readList(close TokKind) Value {
	var items []Value
	var tail Value = Nil
	for {
		t := r.peek()
		switch t.Kind {
		case TokEOF:
			throw("unexpected end of input: missing " + close.String())
		case close:
			r.next()
			out := tail
			for i := len(items) - 1; i >= 0; i-- {
				out = Cons(items[i], out)
			}
			return out
		case TokRParen, TokRBracket:
			throw("mismatched " + t.Kind.String() + " at " + t.Pos.String())
		case TokDot:
			r.next()
			if len(items) == 0 {
				throw("nothing before . at " + t.Pos.String())
			}
			tail = r.Read()
			if r.peek().Kind != close {
				throw("expected " + close.String() + " after dotted tail at " + r.peek().Pos.String())
			}
		default:
			items = append(items, r.Read())
		}
	}
}

// ReadAll parses every datum in src.
func ReadAll(src string) []Value {
	r := NewReader(src)
	var out []Value
	for !r.AtEOF() {
		out = append(out, r.Read())
	}
	return out
}
