// This file implements Replacer.
//
// Every Replacer has the same semantics: scanning the target left to
// right, at each position the first pair (in argument order) whose old
// string matches there is replaced, and the scan resumes after it; an
// empty old string matches everywhere, except right after an empty match.
// Three representations differ in speed and in the writes WriteString
// makes, which are observable and follow Go's:
//   - byteMap: every old and new string is one byte; output goes through
//     a buffer, in w.Write calls of at most 32 KiB;
//   - byteToString: every old string is one byte; unchanged runs go
//     through io.WriteString, each replacement through w.Write;
//   - anyStrings: everything else; each unchanged run (even an empty one)
//     before a match, then the replacement, through io.WriteString, and
//     the unchanged tail if not empty.

package strings

import (
	"io"
	"sync"
)

// Replacer replaces a list of strings with replacements.
// It is safe for concurrent use by multiple goroutines.
type Replacer struct {
	setup  sync.Once
	oldnew []string
	kind   int
	bytes  *[256]byte    // byteMap: the replacement of each byte
	strs   *[256]*string // byteToString: a byte's replacement, or nil
	byLead *[256][]int   // anyStrings: pairs whose old starts with a byte, in order
	empty  int           // anyStrings: the first pair with an empty old, or -1
}

const (
	byteMap = iota
	byteToString
	anyStrings
)

// NewReplacer returns a new Replacer from a list of old, new string
// pairs. Replacements are performed in the order they appear in the
// target string, without overlapping matches, and comparisons are done
// in argument order.
//
// NewReplacer panics if given an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 != 0 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{oldnew: append([]string(nil), oldnew...)}
}

// prepare picks the representation and fills its tables.
func (r *Replacer) prepare() {
	pairs := r.oldnew
	r.kind = byteMap
	if len(pairs) == 2 && len(pairs[0]) > 1 {
		r.kind = anyStrings
	}
	for i := 0; i < len(pairs) && r.kind != anyStrings; i += 2 {
		switch {
		case len(pairs[i]) != 1:
			r.kind = anyStrings
		case len(pairs[i+1]) != 1:
			r.kind = byteToString
		}
	}
	switch r.kind {
	case byteMap:
		r.bytes = new([256]byte)
		for c := range r.bytes {
			r.bytes[c] = byte(c)
		}
		// Later pairs first, so that earlier ones win.
		for i := len(pairs) - 2; i >= 0; i -= 2 {
			r.bytes[pairs[i][0]] = pairs[i+1][0]
		}
	case byteToString:
		r.strs = new([256]*string)
		for i := len(pairs) - 2; i >= 0; i -= 2 {
			s := pairs[i+1]
			r.strs[pairs[i][0]] = &s
		}
	case anyStrings:
		r.byLead = new([256][]int)
		r.empty = -1
		for i := 0; i < len(pairs); i += 2 {
			old := pairs[i]
			if old == "" {
				if r.empty < 0 {
					r.empty = i / 2
				}
				continue
			}
			r.byLead[old[0]] = append(r.byLead[old[0]], i/2)
		}
	}
}

// match finds the pair that applies at the start of s: its index, or -1.
// An empty old string is not considered when noEmpty is set.
func (r *Replacer) match(s string, noEmpty bool) int {
	best := -1
	if !noEmpty {
		best = r.empty
	}
	if s == "" {
		return best
	}
	for _, k := range r.byLead[s[0]] {
		if best >= 0 && k > best {
			break
		}
		if HasPrefix(s, r.oldnew[2*k]) {
			return k
		}
	}
	return best
}

// scan calls emit with each unchanged run before a match and the match's
// replacement, then emit(tail, "", false) for a non-empty tail; it stops
// when emit returns false.
func (r *Replacer) scan(s string, emit func(run, repl string, matched bool) bool) {
	last := 0
	prevEmpty := false
	for i := 0; i <= len(s); {
		k := r.match(s[i:], prevEmpty)
		if k < 0 {
			prevEmpty = false
			i++
			continue
		}
		old := r.oldnew[2*k]
		if !emit(s[last:i], r.oldnew[2*k+1], true) {
			return
		}
		i += len(old)
		last = i
		prevEmpty = old == ""
	}
	if last < len(s) {
		emit(s[last:], "", false)
	}
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	r.setup.Do(r.prepare)
	switch r.kind {
	case byteMap:
		var out []byte
		for i := 0; i < len(s); i++ {
			if c := r.bytes[s[i]]; c != s[i] && out == nil {
				out = []byte(s)
			}
			if out != nil {
				out[i] = r.bytes[s[i]]
			}
		}
		if out == nil {
			return s
		}
		return string(out)
	case byteToString:
		var b Builder
		changed := false
		for i := 0; i < len(s); i++ {
			if p := r.strs[s[i]]; p != nil {
				if !changed {
					b.WriteString(s[:i])
					changed = true
				}
				b.WriteString(*p)
			} else if changed {
				b.WriteByte(s[i])
			}
		}
		if !changed {
			return s
		}
		return b.String()
	}
	var b Builder
	r.scan(s, func(run, repl string, matched bool) bool {
		b.WriteString(run)
		b.WriteString(repl)
		return true
	})
	return b.String()
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	r.setup.Do(r.prepare)
	switch r.kind {
	case byteMap:
		size := 32 << 10
		if len(s) < size {
			size = len(s)
		}
		buf := make([]byte, size)
		for len(s) > 0 {
			k := copy(buf, s)
			for i, c := range buf[:k] {
				buf[i] = r.bytes[c]
			}
			s = s[k:]
			m, err := w.Write(buf[:k])
			n += m
			if err != nil {
				return n, err
			}
		}
		return n, nil
	case byteToString:
		last := 0
		for i := 0; i < len(s); i++ {
			p := r.strs[s[i]]
			if p == nil {
				continue
			}
			if last != i {
				m, err := io.WriteString(w, s[last:i])
				n += m
				if err != nil {
					return n, err
				}
			}
			last = i + 1
			m, err := w.Write([]byte(*p))
			n += m
			if err != nil {
				return n, err
			}
		}
		if last != len(s) {
			m, err := io.WriteString(w, s[last:])
			n += m
			return n, err
		}
		return n, nil
	}
	r.scan(s, func(run, repl string, matched bool) bool {
		var m int
		m, err = io.WriteString(w, run)
		n += m
		if err != nil || !matched {
			return false
		}
		m, err = io.WriteString(w, repl)
		n += m
		return err == nil
	})
	return n, err
}
