// This file implements reading Go literals back: UnquoteChar decodes one
// character or escape, and scanLiteral walks a whole quoted, raw or rune
// literal for Unquote (which decodes it) and QuotedPrefix (which only
// measures it).

package strconv

// hexNibble returns the value of hex digit c, or -1.
func hexNibble(c byte) rune {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0')
	case 'a' <= c && c <= 'f':
		return rune(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return rune(c-'A') + 10
	}
	return -1
}

// simpleEscapes maps the letter after a backslash to its character.
func simpleEscape(c byte) (rune, bool) {
	switch c {
	case 'a':
		return '\a', true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 't':
		return '\t', true
	case 'v':
		return '\v', true
	case '\\':
		return '\\', true
	}
	return 0, false
}

// UnquoteChar decodes the first character or byte in the escaped string
// or character literal represented by the string s.
// It returns four values:
//
//  1. value, the decoded Unicode code point or byte value;
//  2. multibyte, a boolean indicating whether the decoded character requires a multibyte UTF-8 representation;
//  3. tail, the remainder of the string after the character; and
//  4. an error that will be nil if the character is syntactically valid.
//
// The second argument, quote, specifies the type of literal being parsed
// and therefore which escaped quote character is permitted.
// If set to a single quote, it permits the sequence \' and disallows unescaped '.
// If set to a double quote, it permits \" and disallows unescaped ".
// If set to zero, it does not permit either escape and allows both quote characters to appear unescaped.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if s == "" {
		return 0, false, "", ErrSyntax
	}
	c := s[0]
	if c == quote && (quote == '\'' || quote == '"') {
		return 0, false, "", ErrSyntax
	}
	if c >= runeSelf {
		r, n := decodeRune(s)
		return r, true, s[n:], nil
	}
	if c != '\\' {
		return rune(c), false, s[1:], nil
	}
	if len(s) < 2 {
		return 0, false, "", ErrSyntax
	}
	kind := s[1]
	rest := s[2:]
	if r, ok := simpleEscape(kind); ok {
		return r, false, rest, nil
	}
	switch kind {
	case 'x', 'u', 'U':
		width := 2
		if kind == 'u' {
			width = 4
		} else if kind == 'U' {
			width = 8
		}
		if len(rest) < width {
			return 0, false, "", ErrSyntax
		}
		var v rune
		for i := 0; i < width; i++ {
			d := hexNibble(rest[i])
			if d < 0 {
				return 0, false, "", ErrSyntax
			}
			v = v<<4 | d
		}
		rest = rest[width:]
		if kind == 'x' {
			return v, false, rest, nil
		}
		if !validRune(v) {
			return 0, false, "", ErrSyntax
		}
		return v, true, rest, nil
	case '0', '1', '2', '3', '4', '5', '6', '7':
		if len(rest) < 2 {
			return 0, false, "", ErrSyntax
		}
		v := rune(kind - '0')
		for i := 0; i < 2; i++ {
			d := rune(rest[i]) - '0'
			if d < 0 || d > 7 {
				return 0, false, "", ErrSyntax
			}
			v = v*8 + d
		}
		if v > 0xFF {
			return 0, false, "", ErrSyntax
		}
		return v, false, rest[2:], nil
	case '\'', '"':
		if kind != quote {
			return 0, false, "", ErrSyntax
		}
		return rune(kind), false, rest, nil
	}
	return 0, false, "", ErrSyntax
}

// scanLiteral reads the literal at the start of s. It returns the length
// of the literal and, when decode is set, its decoded contents.
func scanLiteral(s string, decode bool) (n int, text string, err error) {
	if len(s) < 2 {
		return 0, "", ErrSyntax
	}
	q := s[0]
	switch q {
	case '`':
		close := 1
		for close < len(s) && s[close] != '`' {
			close++
		}
		if close == len(s) {
			return 0, "", ErrSyntax
		}
		if !decode {
			return close + 1, "", nil
		}
		body := s[1:close]
		if !hasByte(body, '\r') {
			return close + 1, body, nil
		}
		out := make([]byte, 0, len(body))
		for i := 0; i < len(body); i++ {
			if body[i] != '\r' {
				out = append(out, body[i])
			}
		}
		return close + 1, string(out), nil
	case '"', '\'':
	default:
		return 0, "", ErrSyntax
	}

	// Fast path: a literal with no escapes whose contents are already
	// what it means.
	close := 1
	for close < len(s) && s[close] != q && s[close] != '\\' && s[close] != '\n' {
		close++
	}
	if close < len(s) && s[close] == q {
		body := s[1:close]
		plain := false
		if q == '"' {
			plain = isValidUTF8(body)
		} else {
			r, w := decodeRune(body)
			plain = w == len(body) && !(r == badRune && w == 1)
		}
		if plain {
			return close + 1, body, nil
		}
	}

	// General path: decode one character or escape at a time.
	var out []byte
	if decode {
		out = make([]byte, 0, len(s))
	}
	rest := s[1:]
	for len(rest) > 0 && rest[0] != q {
		if rest[0] == '\n' {
			return 0, "", ErrSyntax
		}
		r, wide, tail, e := UnquoteChar(rest, q)
		if e != nil {
			return 0, "", ErrSyntax
		}
		rest = tail
		if decode {
			if wide {
				out = appendRune(out, r)
			} else {
				out = append(out, byte(r))
			}
		}
		if q == '\'' {
			break // a rune literal holds exactly one character
		}
	}
	if len(rest) == 0 || rest[0] != q {
		return 0, "", ErrSyntax
	}
	return len(s) - len(rest) + 1, string(out), nil
}

func hasByte(s string, b byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return true
		}
	}
	return false
}

// Unquote interprets s as a single-quoted, double-quoted,
// or backquoted Go string literal, returning the string value
// that s quotes.  (If s is single-quoted, it would be a Go
// character literal; Unquote returns the corresponding
// one-character string.)
func Unquote(s string) (string, error) {
	n, text, err := scanLiteral(s, true)
	if err != nil || n != len(s) {
		return "", ErrSyntax
	}
	return text, nil
}

// QuotedPrefix returns the quoted string (as understood by Unquote) at the prefix of s.
// If s does not start with a valid quoted string, QuotedPrefix returns an error.
func QuotedPrefix(s string) (string, error) {
	n, _, err := scanLiteral(s, false)
	if err != nil {
		return "", err
	}
	return s[:n], nil
}
