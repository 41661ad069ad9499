// Package filepath implements utility routines for manipulating filename
// paths in a way compatible with the target operating system-defined file
// paths (Go 1.19's API). golite targets Linux only, so the separator is
// always '/', there are no volume names, and the lexical functions are
// those of package path.
package filepath

import (
	"errors"
	"io/fs"
	"os"
	"path"
)

const (
	Separator     = os.PathSeparator
	ListSeparator = os.PathListSeparator
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

// SkipDir is used as a return value from WalkFuncs to indicate that the
// directory named in the call is to be skipped.
var SkipDir error = fs.SkipDir

// Clean returns the shortest path name equivalent to path by purely
// lexical processing (see path.Clean).
func Clean(p string) string { return path.Clean(p) }

// Join joins any number of path elements into a single path, separating
// them with Separator. Empty elements are ignored. The result is Cleaned.
func Join(elem ...string) string { return path.Join(elem...) }

// Split splits path immediately following the final Separator, separating
// it into a directory and file name component.
func Split(p string) (dir, file string) { return path.Split(p) }

// Base returns the last element of path.
func Base(p string) string { return path.Base(p) }

// Dir returns all but the last element of path, typically the path's
// directory.
func Dir(p string) string { return path.Dir(p) }

// Ext returns the file name extension used by path.
func Ext(p string) string { return path.Ext(p) }

// IsAbs reports whether the path is absolute.
func IsAbs(p string) bool { return path.IsAbs(p) }

// VolumeName returns leading volume name: always "" on Linux.
func VolumeName(p string) string { return "" }

// ToSlash returns the result of replacing each separator character in path
// with a slash ('/') character: path itself on Linux.
func ToSlash(p string) string { return p }

// FromSlash returns the result of replacing each slash ('/') character in
// path with a separator character: path itself on Linux.
func FromSlash(p string) string { return p }

// HasPrefix exists for historical compatibility and should not be used.
//
// Deprecated: HasPrefix does not respect path boundaries and does not
// ignore case when required.
func HasPrefix(p, prefix string) bool {
	return len(p) >= len(prefix) && p[:len(prefix)] == prefix
}

// SplitList splits a list of paths joined by the OS-specific
// ListSeparator, usually found in PATH or GOPATH environment variables.
// Unlike strings.Split, SplitList returns an empty slice when passed an
// empty string.
func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	var list []string
	start := 0
	for i := 0; i < len(p); i++ {
		if p[i] == ListSeparator {
			list = append(list, p[start:i])
			start = i + 1
		}
	}
	return append(list, p[start:])
}

// Match reports whether name matches the shell file name pattern (see
// path.Match for the syntax).
func Match(pattern, name string) (matched bool, err error) {
	matched, err = path.Match(pattern, name)
	if err != nil {
		return false, ErrBadPattern
	}
	return matched, nil
}

// Abs returns an absolute representation of path. If the path is not
// absolute it will be joined with the current working directory to turn
// it into an absolute path.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// elements returns the elements of a cleaned path, none for "." and "/".
func elements(p string) []string {
	var list []string
	start := 0
	for i := 0; i <= len(p); i++ {
		if i == len(p) || p[i] == '/' {
			if e := p[start:i]; e != "" && e != "." {
				list = append(list, e)
			}
			start = i + 1
		}
	}
	return list
}

// Rel returns a relative path that is lexically equivalent to targpath
// when joined to basepath with an intervening separator. An error is
// returned if targpath can't be made relative to basepath.
func Rel(basepath, targpath string) (string, error) {
	base, targ := Clean(basepath), Clean(targpath)
	if base == targ {
		return ".", nil
	}
	if IsAbs(base) != IsAbs(targ) {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	be, te := elements(base), elements(targ)
	common := 0
	for common < len(be) && common < len(te) && be[common] == te[common] {
		common++
	}
	var out []byte
	for _, e := range be[common:] {
		if e == ".." {
			return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
		}
		if len(out) > 0 {
			out = append(out, '/')
		}
		out = append(out, ".."...)
	}
	if targ == "." && len(out) > 0 {
		out = append(out, "/."...) // Go keeps the target's "."
	}
	for _, e := range te[common:] {
		if len(out) > 0 {
			out = append(out, '/')
		}
		out = append(out, e...)
	}
	if len(out) == 0 {
		return ".", nil
	}
	return string(out), nil
}
