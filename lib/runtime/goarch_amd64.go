// This file is built only for GOARCH=amd64 (the _amd64.go file name
// constraint, as in Go): see driver/loader.cpp.

package runtime

// GOARCH is the running program's architecture target.
const GOARCH = "amd64"
