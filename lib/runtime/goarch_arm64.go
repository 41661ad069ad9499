// This file is built only for GOARCH=arm64 (the _arm64.go file name
// constraint, as in Go): see driver/loader.cpp.

package runtime

// GOARCH is the running program's architecture target.
const GOARCH = "arm64"
