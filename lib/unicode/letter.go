// Package unicode provides data and functions to test some properties of
// Unicode code points.
//
// The data (tables.go) is generated from Go 1.19's own package by
// scripts/gen-unicode-tables.go; this file holds the types and the lookups
// over them.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// RangeTable defines a set of Unicode code points by listing the ranges of
// code points within the set. The ranges are listed in two slices
// to save space: a slice of 16-bit ranges and a slice of 32-bit ranges.
// The two slices must be in sorted order and non-overlapping.
// Also, R32 should contain only values >= 0x10000 (1<<16).
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // number of entries in R16 with Hi <= MaxLatin1
}

// Range16 represents of a range of 16-bit Unicode code points. The range runs from Lo to Hi
// inclusive and has the specified stride.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents of a range of Unicode code points and is used when one or
// more of the values will not fit in 16 bits. The range runs from Lo to Hi
// inclusive and has the specified stride. Lo and Hi must always be >= 1<<16.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// CaseRange represents a range of Unicode code points for simple (one
// code point to one code point) case conversion.
// The range runs from Lo to Hi inclusive, with a fixed stride of 1. Deltas
// are the number to add to the code point to reach the code point for a
// different case for that character. They may be negative. If zero, it
// means the character is in the corresponding case. There is a special
// case representing sequences of alternating corresponding Upper and Lower
// pairs. It appears with a fixed Delta of
//
//	{UpperLower, UpperLower, UpperLower}
//
// The constant UpperLower has an otherwise impossible delta value.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// SpecialCase represents language-specific case mappings such as Turkish.
// Methods of SpecialCase customize (by overriding) the standard mappings.
type SpecialCase []CaseRange

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

type d [MaxCase]rune // to make the CaseRanges text shorter

// If the Delta field of a CaseRange is UpperLower, it means
// this CaseRange represents a sequence of the form (say)
// Upper Lower Upper Lower.
const (
	UpperLower = MaxRune + 1 // (Cannot be a valid delta.)
)

// Bits of the latin1 property table in tables.go.
const (
	bControl = 1 << iota
	bPunct
	bNumber
	bSymbol
	bSpace
	bLetter
	bPrint
	bGraphic
	bUpper
	bLower
)

// latinHas reports whether the Latin-1 rune r has all the given bits.
func latinHas(r rune, bits uint16) bool { return latin1[r]&bits == bits }

// in16 reports whether r is in one of the sorted ranges rs.
func in16(rs []Range16, r uint16) bool {
	lo, hi := 0, len(rs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		g := rs[m]
		switch {
		case r < g.Lo:
			hi = m
		case r > g.Hi:
			lo = m + 1
		default:
			return g.Stride == 1 || (r-g.Lo)%g.Stride == 0
		}
	}
	return false
}

func in32(rs []Range32, r uint32) bool {
	lo, hi := 0, len(rs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		g := rs[m]
		switch {
		case r < g.Lo:
			hi = m
		case r > g.Hi:
			lo = m + 1
		default:
			return g.Stride == 1 || (r-g.Lo)%g.Stride == 0
		}
	}
	return false
}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	if r < 0 {
		return false
	}
	if r <= 0xFFFF {
		if n := len(rangeTab.R16); n > 0 && r <= rune(rangeTab.R16[n-1].Hi) {
			return in16(rangeTab.R16, uint16(r))
		}
		// A 16-bit rune past every R16 range may still sit in R32 if a
		// hand-made table puts small values there.
	}
	if n := len(rangeTab.R32); n > 0 && r >= rune(rangeTab.R32[0].Lo) {
		return in32(rangeTab.R32, uint32(r))
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges.
// The function "In" provides a nicer signature and should be used in preference to IsOneOf.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	return IsOneOf(ranges, r)
}

// IsUpper reports whether the rune is an upper case letter.
func IsUpper(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latinHas(r, bUpper)
	}
	return Is(Upper, r)
}

// IsLower reports whether the rune is a lower case letter.
func IsLower(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latinHas(r, bLower)
	}
	return Is(Lower, r)
}

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return false
	}
	return Is(Title, r)
}

// caseOf finds r's entry in the case ranges cr.
func caseOf(cr []CaseRange, r rune) (CaseRange, bool) {
	lo, hi := 0, len(cr)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch c := cr[m]; {
		case uint32(r) < c.Lo:
			hi = m
		case uint32(r) > c.Hi:
			lo = m + 1
		default:
			return c, true
		}
	}
	return CaseRange{}, false
}

// mapCase maps r to case c with the ranges cr; found reports whether cr
// had an entry for r at all.
func mapCase(c int, r rune, cr []CaseRange) (mapped rune, found bool) {
	if c < 0 || c >= MaxCase {
		return ReplacementChar, false
	}
	e, ok := caseOf(cr, r)
	if !ok {
		return r, false
	}
	delta := e.Delta[c]
	if delta <= MaxRune {
		return r + delta, true
	}
	// Alternating Upper/Lower pairs starting at Lo: upper (and title) case
	// is the even member of r's pair, lower case the odd one.
	pairStart := rune(e.Lo) + (r-rune(e.Lo))&^1
	if c == LowerCase {
		return pairStart + 1, true
	}
	return pairStart, true
}

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune {
	m, _ := mapCase(_case, r, CaseRanges)
	return m
}

// shiftASCII moves the ASCII rune r by delta if it lies in [lo, hi].
func shiftASCII(r, lo, hi, delta rune) rune {
	if lo <= r && r <= hi {
		return r + delta
	}
	return r
}

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune {
	if r > MaxASCII {
		return To(UpperCase, r)
	}
	return shiftASCII(r, 'a', 'z', 'A'-'a')
}

// ToLower maps the rune to lower case.
func ToLower(r rune) rune {
	if r > MaxASCII {
		return To(LowerCase, r)
	}
	return shiftASCII(r, 'A', 'Z', 'a'-'A')
}

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune {
	if r > MaxASCII {
		return To(TitleCase, r)
	}
	return shiftASCII(r, 'a', 'z', 'A'-'a')
}

// special applies the language-specific table first and falls back to the
// standard mapping when it has no entry for r.
func (special SpecialCase) apply(c int, r rune) rune {
	m, found := mapCase(c, r, special)
	if m == r && !found {
		m = To(c, r)
	}
	return m
}

// ToUpper maps the rune to upper case giving priority to the special mapping.
func (special SpecialCase) ToUpper(r rune) rune { return special.apply(UpperCase, r) }

// ToTitle maps the rune to title case giving priority to the special mapping.
func (special SpecialCase) ToTitle(r rune) rune { return special.apply(TitleCase, r) }

// ToLower maps the rune to lower case giving priority to the special mapping.
func (special SpecialCase) ToLower(r rune) rune { return special.apply(LowerCase, r) }

// CaseRanges is the table describing case mappings for all letters with
// non-self mappings.
var CaseRanges = caseRanges

var (
	TurkishCase SpecialCase = turkishCase
	AzeriCase   SpecialCase = TurkishCase
)

// foldPair is one exception to the default simple case fold.
type foldPair struct{ from, to rune }

// foldExceptions are the runes whose SimpleFold is not the default.
var foldExceptions = foldPairs

// SimpleFold iterates over Unicode code points equivalent under
// the Unicode-defined simple case folding. Among the code points
// equivalent to rune (including rune itself), SimpleFold returns the
// smallest rune > r if one exists, or else the smallest rune >= 0.
// If r is not a valid Unicode code point, SimpleFold(r) returns r.
//
// For example:
//
//	SimpleFold('A') = 'a'
//	SimpleFold('a') = 'A'
//
//	SimpleFold('K') = 'k'
//	SimpleFold('k') = '\u212A' (Kelvin symbol, K)
//	SimpleFold('\u212A') = 'K'
//
//	SimpleFold('1') = '1'
//
//	SimpleFold(-2) = -2
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	// Orbits of more than two runes, and a few pairs the case tables do
	// not describe, are listed explicitly.
	lo, hi := 0, len(foldExceptions)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch e := foldExceptions[m]; {
		case r < e.from:
			hi = m
		case r > e.from:
			lo = m + 1
		default:
			return e.to
		}
	}
	other := ToLower(r)
	if other == r {
		other = ToUpper(r)
	}
	return other
}
