// This file records which of Go 1.19's amd64 assembly routines the
// portable code must imitate.

package math

// asmLog: Go's amd64 Log splits x into fraction and exponent straight
// from the bits, without normalising denormals first.
const asmLog = true

// asmExp: Go's amd64 Exp is assembly code with its own method.
const asmExp = true

// expZeroBelow: below it Exp returns 0. Unused here (asmExp).
const expZeroBelow = -7.45133219101941108420e+02

// convSaturates: float-to-int conversions saturate (arm64's FCVTZS); on
// amd64 out-of-range values give MinInt64 (CVTTSD2SQ), an even number.
const convSaturates = false
