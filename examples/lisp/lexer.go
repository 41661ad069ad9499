// The tokenizer: turns source text into tokens with line:column positions.
// Comments run from ';' to the end of the line.

package main

// TokKind classifies tokens.
type TokKind int

const (
	TokEOF TokKind = iota
	TokLParen
	TokRParen
	TokLBracket
	TokRBracket
	TokQuote
	TokQuasi
	TokUnquote
	TokUnquoteSplice
	TokDot
	TokString
	TokNumber
	TokSymbol
	TokBool
)

var tokNames = [...]string{
	TokEOF:           "end of input",
	TokLParen:        "(",
	TokRParen:        ")",
	TokLBracket:      "[",
	TokRBracket:      "]",
	TokQuote:         "'",
	TokQuasi:         "`",
	TokUnquote:       ",",
	TokUnquoteSplice: ",@",
	TokDot:           ".",
	TokString:        "string",
	TokNumber:        "number",
	TokSymbol:        "symbol",
	TokBool:          "boolean",
}

func (k TokKind) String() string { return tokNames[k] }

// Pos is a position in the source.
type Pos struct {
	Line, Col int
}

func (p Pos) String() string { return itoa(int64(p.Line)) + ":" + itoa(int64(p.Col)) }

// Token is one lexical token.
type Token struct {
	Kind TokKind
	Text string
	Pos  Pos
}

// Lexer produces tokens on demand.
type Lexer struct {
	src  string
	off  int
	line int
	col  int
}

func NewLexer(src string) *Lexer { return &Lexer{src: src, line: 1, col: 1} }

func (l *Lexer) peekByte() byte {
	if l.off < len(l.src) {
		return l.src[l.off]
	}
	return 0
}

func (l *Lexer) advance() byte {
	c := l.src[l.off]
	l.off++
	if c == '\n' {
		l.line++
		l.col = 1
	} else {
		l.col++
	}
	return c
}

func isDelimiter(c byte) bool {
	switch c {
	case 0, ' ', '\t', '\n', '\r', '(', ')', '[', ']', '"', ';', '\'', '`', ',':
		return true
	}
	return false
}

func (l *Lexer) skipSpace() {
	for l.off < len(l.src) {
		c := l.peekByte()
		switch {
		case c == ';':
			for l.off < len(l.src) && l.peekByte() != '\n' {
				l.advance()
			}
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			l.advance()
		default:
			return
		}
	}
}

// Next returns the next token; lexical errors are raised as LispErrors.
func (l *Lexer) Next() Token {
	l.skipSpace()
	pos := Pos{l.line, l.col}
	if l.off >= len(l.src) {
		return Token{TokEOF, "", pos}
	}
	c := l.advance()
	switch c {
	case '(':
		return Token{TokLParen, "(", pos}
	case ')':
		return Token{TokRParen, ")", pos}
	case '[':
		return Token{TokLBracket, "[", pos}
	case ']':
		return Token{TokRBracket, "]", pos}
	case '\'':
		return Token{TokQuote, "'", pos}
	case '`':
		return Token{TokQuasi, "`", pos}
	case ',':
		if l.peekByte() == '@' {
			l.advance()
			return Token{TokUnquoteSplice, ",@", pos}
		}
		return Token{TokUnquote, ",", pos}
	case '"':
		return l.lexString(pos)
	}
	start := l.off - 1
	for !isDelimiter(l.peekByte()) {
		l.advance()
	}
	text := l.src[start:l.off]
	switch {
	case text == ".":
		return Token{TokDot, text, pos}
	case text == "#t" || text == "#f":
		return Token{TokBool, text, pos}
	case looksNumeric(text):
		return Token{TokNumber, text, pos}
	}
	return Token{TokSymbol, text, pos}
}

func looksNumeric(s string) bool {
	i := 0
	if len(s) > 1 && (s[0] == '-' || s[0] == '+') {
		i = 1
	}
	if i >= len(s) {
		return false
	}
	for ; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func (l *Lexer) lexString(pos Pos) Token {
	var buf []byte
	for {
		if l.off >= len(l.src) {
			throw("unterminated string starting at " + pos.String())
		}
		c := l.advance()
		if c == '"' {
			return Token{TokString, string(buf), pos}
		}
		if c == '\\' {
			if l.off >= len(l.src) {
				throw("unterminated string starting at " + pos.String())
			}
			e := l.advance()
			switch e {
			case 'n':
				c = '\n'
			case 't':
				c = '\t'
			case '\\', '"':
				c = e
			default:
				throw("unknown escape \\" + string(rune(e)) + " at " + Pos{l.line, l.col - 2}.String())
			}
		}
		buf = append(buf, c)
	}
}

// Tokenize returns all tokens of src (used by the tokenizer tests).
func Tokenize(src string) []Token {
	l := NewLexer(src)
	var out []Token
	for {
		t := l.Next()
		out = append(out, t)
		if t.Kind == TokEOF {
			return out
		}
	}
}
