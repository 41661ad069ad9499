// Package strconv converts between strings and Go's basic types: booleans,
// integers, floating-point and complex numbers, and quoted string and rune
// literals (Go 1.19's API and output, byte for byte).
//
// The package is organised by direction and kind:
//
//	numerror.go       *NumError and the two sentinel errors
//	bool.go           ParseBool, FormatBool, AppendBool
//	intfmt.go         FormatInt and friends: digit emission in any base
//	intparse.go       ParseInt, ParseUint, Atoi
//	bignum.go         exact multi-precision arithmetic in base 10^9
//	floatbits.go      IEEE-754 layouts (float32 and float64) as data
//	floatfmt.go       FormatFloat/AppendFloat on top of exact decimals
//	floatparse.go     ParseFloat: syntax, exact shortcuts, exact fix-up
//	fastfloat.go      128-bit fast paths: shortest/fixed digits, Eisel-Lemire
//	pow10tab.go       generated 128-bit powers of ten (gen-strconv-pow10.go)
//	cplx.go           ParseComplex, FormatComplex
//	quote.go          Quote* and Append* quoting, CanBackquote
//	unquote.go        Unquote, UnquoteChar, QuotedPrefix
//	printable.go      generated rune tables for IsPrint and IsGraphic
//	runes.go          the few UTF-8 helpers strconv needs
//
// Float conversions are exact: a float is m·2^e, and m·2^e is turned into
// an exact decimal digit string with base-10^9 big-number arithmetic, so
// rounding (ties to even) and shortest-representation search act on the
// true value. Parsing guesses the nearest float quickly and then settles
// the last bit by comparing the input with the exact halfway points.
// In front of both sit fast paths on 128-bit scaled approximations
// (fastfloat.go); they answer only when the approximation error cannot
// change the result and otherwise hand over to the exact code, so they
// change speed, never output.
package strconv
