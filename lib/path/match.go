// This file implements Match: the pattern is compiled into a list of
// tokens first (so a malformed pattern is reported whatever the name), and
// the tokens are then matched against the name's runes by backtracking
// over the stars.

package path

import "errors"

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

type globKind uint8

const (
	globLiteral globKind = iota // one given rune
	globOne                     // '?': any rune but '/'
	globStar                    // '*': any run of runes without '/'
	globClass                   // '[...]': a rune in (or not in) ranges
)

type globToken struct {
	kind   globKind
	r      rune
	negate bool
	ranges []rune // pairs lo, hi
}

// compileGlob parses pattern; ok is false if it is malformed.
func compileGlob(pattern string) (toks []globToken, ok bool) {
	p := []rune(pattern)
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '*':
			toks = append(toks, globToken{kind: globStar})
		case '?':
			toks = append(toks, globToken{kind: globOne})
		case '\\':
			i++
			if i == len(p) {
				return nil, false
			}
			toks = append(toks, globToken{kind: globLiteral, r: p[i]})
		case '[':
			tok := globToken{kind: globClass}
			i++
			if i < len(p) && p[i] == '^' {
				tok.negate = true
				i++
			}
			closed := false
			for i < len(p) {
				if p[i] == ']' && len(tok.ranges) > 0 {
					closed = true
					break
				}
				lo, next, good := classChar(p, i)
				if !good {
					return nil, false
				}
				hi := lo
				if next < len(p) && p[next] == '-' {
					hi, next, good = classChar(p, next+1)
					if !good {
						return nil, false
					}
				}
				tok.ranges = append(tok.ranges, lo, hi)
				i = next
			}
			if !closed {
				return nil, false
			}
			toks = append(toks, tok)
		default:
			toks = append(toks, globToken{kind: globLiteral, r: p[i]})
		}
	}
	return toks, true
}

// classChar reads one (possibly escaped) rune of a character class at
// p[i]; an unescaped '-' or ']' there is a syntax error.
func classChar(p []rune, i int) (r rune, next int, ok bool) {
	if i >= len(p) || p[i] == '-' || p[i] == ']' {
		return 0, i, false
	}
	if p[i] == '\\' {
		i++
		if i >= len(p) {
			return 0, i, false
		}
	}
	return p[i], i + 1, true
}

func (t *globToken) matchesRune(r rune) bool {
	switch t.kind {
	case globLiteral:
		return r == t.r
	case globOne:
		return r != '/'
	}
	in := false
	for k := 0; k < len(t.ranges); k += 2 {
		if t.ranges[k] <= r && r <= t.ranges[k+1] {
			in = true
		}
	}
	return in != t.negate
}

// matchTokens reports whether toks match all of name.
func matchTokens(toks []globToken, name []rune) bool {
	for len(toks) > 0 {
		t := &toks[0]
		if t.kind == globStar {
			rest := toks[1:]
			for n := 0; ; n++ {
				if matchTokens(rest, name[n:]) {
					return true
				}
				if n == len(name) || name[n] == '/' {
					return false
				}
			}
		}
		if len(name) == 0 || !t.matchesRune(name[0]) {
			return false
		}
		toks, name = toks[1:], name[1:]
	}
	return len(name) == 0
}

// Match reports whether name matches the shell pattern. The pattern syntax
// is:
//
//	pattern:
//		{ term }
//	term:
//		'*'         matches any sequence of non-/ characters
//		'?'         matches any single non-/ character
//		'[' [ '^' ] { character-range } ']'
//		            character class (must be non-empty)
//		c           matches character c (c != '*', '?', '\\', '[')
//		'\\' c      matches character c
//
//	character-range:
//		c           matches character c (c != '\\', '-', ']')
//		'\\' c      matches character c
//		lo '-' hi   matches character c for lo <= c <= hi
//
// Match requires pattern to match all of name, not just a substring. The
// only possible returned error is ErrBadPattern, when pattern is
// malformed.
func Match(pattern, name string) (matched bool, err error) {
	toks, ok := compileGlob(pattern)
	if !ok {
		return false, ErrBadPattern
	}
	return matchTokens(toks, []rune(name)), nil
}
