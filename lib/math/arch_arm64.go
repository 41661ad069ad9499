// This file records that Go 1.19 on arm64 uses the portable algorithms.

package math

// asmLog: see arch_amd64.go.
const asmLog = false

// asmExp: Go's amd64 Exp is assembly code with its own method.
const asmExp = false

// expZeroBelow: Go's arm64 Exp returns 0 for x below it, the float64
// nearest ln(0.75 * 2**-1074) (measured: -744.7277539938331 gives 0,
// the next float up 5e-324).
const expZeroBelow = -0x1.745d270af985ep+09

// convSaturates: see arch_amd64.go; arm64's FCVTZS saturates, so Go's
// int64(x) is MaxInt64 (odd) for x >= 2**63.
const convSaturates = true
