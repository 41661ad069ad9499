// Package path implements utility routines for manipulating slash-separated
// paths (Go 1.19's API). It handles only forward slashes; for operating
// system paths use package path/filepath.
//
// Clean works on a stack of path elements: each element is pushed, "."
// is dropped and ".." pops the element before it when there is one to
// pop (above the root, a ".." is dropped; in a relative path with nothing
// left to pop, it is kept).
package path

// Clean returns the shortest path name equivalent to path by purely lexical
// processing: repeated slashes become one, "." elements go, each ".." with
// a preceding non-".." element removes both, and ".." directly after the
// root is dropped. The result ends in a slash only if it is the root "/";
// an empty result becomes ".".
func Clean(path string) string {
	if path == "" {
		return "."
	}
	rooted := path[0] == '/'
	if isClean(path, rooted) {
		return path
	}
	var elems []string
	for start := 0; start < len(path); {
		end := start
		for end < len(path) && path[end] != '/' {
			end++
		}
		elem := path[start:end]
		start = end + 1
		switch elem {
		case "", ".":
		case "..":
			if n := len(elems); n > 0 && elems[n-1] != ".." {
				elems = elems[:n-1]
			} else if !rooted {
				elems = append(elems, "..")
			}
		default:
			elems = append(elems, elem)
		}
	}
	size := 0
	for _, e := range elems {
		size += len(e) + 1
	}
	out := make([]byte, 0, size+1)
	if rooted {
		out = append(out, '/')
	}
	for i, e := range elems {
		if i > 0 {
			out = append(out, '/')
		}
		out = append(out, e...)
	}
	if len(out) == 0 {
		return "."
	}
	return string(out)
}

// isClean reports whether Clean would return path unchanged, which saves
// the allocation for the common case.
func isClean(path string, rooted bool) bool {
	if path == "/" {
		return true
	}
	if path[len(path)-1] == '/' {
		return false
	}
	start := 0
	if rooted {
		start = 1
	}
	sawName := false
	for start <= len(path) {
		end := start
		for end < len(path) && path[end] != '/' {
			end++
		}
		elem := path[start:end]
		switch {
		case elem == "" || elem == ".":
			if !(elem == "." && path == ".") {
				return false
			}
		case elem == "..":
			if sawName || rooted {
				return false
			}
		default:
			sawName = true
		}
		start = end + 1
	}
	return true
}

// Split splits path immediately after the final slash, separating it into a
// directory and file name component. If there is no slash in path, Split
// returns an empty dir and file set to path. The returned values have the
// property that path = dir+file.
func Split(path string) (dir, file string) {
	i := lastSlash(path)
	return path[:i+1], path[i+1:]
}

func lastSlash(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '/' {
			return i
		}
	}
	return -1
}

// Join joins any number of path elements into a single path, separating
// them with slashes. Empty elements are ignored. The result is Cleaned.
// However, if the argument list is empty or all its elements are empty,
// Join returns an empty string.
func Join(elem ...string) string {
	var parts []string
	for _, e := range elem {
		if e != "" {
			parts = append(parts, e)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	joined := parts[0]
	for _, p := range parts[1:] {
		joined += "/" + p
	}
	return Clean(joined)
}

// Ext returns the file name extension used by path. The extension is the
// suffix beginning at the final dot in the final slash-separated element of
// path; it is empty if there is no dot.
func Ext(path string) string {
	base := path[lastSlash(path)+1:]
	for i := len(base) - 1; i >= 0; i-- {
		if base[i] == '.' {
			return base[i:]
		}
	}
	return ""
}

// Base returns the last element of path. Trailing slashes are removed
// before extracting the last element. If the path is empty, Base returns
// ".". If the path consists entirely of slashes, Base returns "/".
func Base(path string) string {
	if path == "" {
		return "."
	}
	end := len(path)
	for end > 0 && path[end-1] == '/' {
		end--
	}
	if end == 0 {
		return "/"
	}
	path = path[:end]
	return path[lastSlash(path)+1:]
}

// IsAbs reports whether the path is absolute.
func IsAbs(path string) bool {
	return path != "" && path[0] == '/'
}

// Dir returns all but the last element of path, typically the path's
// directory. After dropping the final element using Split, the path is
// Cleaned and trailing slashes are removed. If the path is empty, Dir
// returns ".". If the path consists entirely of slashes followed by
// non-slash bytes, Dir returns a single slash. In any other case, the
// returned path does not end in a slash.
func Dir(path string) string {
	return Clean(path[:lastSlash(path)+1])
}
