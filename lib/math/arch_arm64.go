// This file records that Go 1.19 on arm64 uses the portable algorithms.

package math

// asmLog: see arch_amd64.go.
const asmLog = false

// asmExp: Go's amd64 Exp is assembly code with its own method.
const asmExp = false
