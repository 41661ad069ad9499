// This file implements the helpers that work on any FS (ReadDir, ReadFile,
// Stat, Glob, Sub) and the optional interfaces they look for first.

package fs

import (
	"errors"
	"io"
	"path"
)

// ReadDirFS is the interface implemented by a file system that provides an
// optimized implementation of ReadDir.
type ReadDirFS interface {
	FS
	ReadDir(name string) ([]DirEntry, error)
}

// ReadFileFS is the interface implemented by a file system that provides
// an optimized implementation of ReadFile.
type ReadFileFS interface {
	FS
	ReadFile(name string) ([]byte, error)
}

// A StatFS is a file system with a Stat method.
type StatFS interface {
	FS
	Stat(name string) (FileInfo, error)
}

// A GlobFS is a file system with a Glob method.
type GlobFS interface {
	FS
	Glob(pattern string) ([]string, error)
}

// A SubFS is a file system with a Sub method.
type SubFS interface {
	FS
	Sub(dir string) (FS, error)
}

// ReadDir reads the named directory and returns a list of directory
// entries sorted by filename.
func ReadDir(fsys FS, name string) ([]DirEntry, error) {
	if rd, ok := fsys.(ReadDirFS); ok {
		return rd.ReadDir(name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dir, ok := f.(ReadDirFile)
	if !ok {
		return nil, &PathError{Op: "readdir", Path: name, Err: errors.New("not implemented")}
	}
	list, err := dir.ReadDir(-1)
	sortDirEntries(list)
	return list, err
}

// sortDirEntries sorts list by name (a merge sort: golite's io/fs does not
// import sort).
func sortDirEntries(list []DirEntry) {
	if len(list) < 2 {
		return
	}
	tmp := make([]DirEntry, len(list))
	for width := 1; width < len(list); width *= 2 {
		for lo := 0; lo < len(list); lo += 2 * width {
			mid, hi := lo+width, lo+2*width
			if mid > len(list) {
				mid = len(list)
			}
			if hi > len(list) {
				hi = len(list)
			}
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if list[j].Name() < list[i].Name() {
					tmp[k] = list[j]
					j++
				} else {
					tmp[k] = list[i]
					i++
				}
				k++
			}
			k += copy(tmp[k:], list[i:mid])
			copy(tmp[k:], list[j:hi])
		}
		copy(list, tmp)
	}
}

// ReadFile reads the named file from the file system fs and returns its
// contents. A successful call returns a nil error, not io.EOF.
func ReadFile(fsys FS, name string) ([]byte, error) {
	if rf, ok := fsys.(ReadFileFS); ok {
		return rf.ReadFile(name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 512
	if info, err := f.Stat(); err == nil && info.Size() > 0 && int64(int(info.Size())) == info.Size() {
		size = int(info.Size()) + 1
	}
	data := make([]byte, 0, size)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return data, err
		}
	}
}

// Stat returns a FileInfo describing the named file from the file system.
func Stat(fsys FS, name string) (FileInfo, error) {
	if sf, ok := fsys.(StatFS); ok {
		return sf.Stat(name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.Stat()
}

// Glob returns the names of all files matching pattern or nil if there is
// no matching file. The only possible returned error is
// path.ErrBadPattern.
func Glob(fsys FS, pattern string) (matches []string, err error) {
	if g, ok := fsys.(GlobFS); ok {
		return g.Glob(pattern)
	}
	if _, err := path.Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err := Stat(fsys, pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := path.Split(pattern)
	dir = cleanGlobPath(dir)
	if !hasMeta(dir) {
		return globIn(fsys, dir, file, nil)
	}
	if dir == pattern { // a pattern that cannot be split further
		return nil, path.ErrBadPattern
	}
	dirs, err := Glob(fsys, dir)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		matches, err = globIn(fsys, d, file, matches)
		if err != nil {
			return matches, err
		}
	}
	return matches, nil
}

func cleanGlobPath(dir string) string {
	switch dir {
	case "":
		return "."
	default:
		return dir[:len(dir)-1]
	}
}

// globIn appends to matches the entries of dir whose names match pattern.
func globIn(fsys FS, dir, pattern string, matches []string) ([]string, error) {
	list, err := ReadDir(fsys, dir)
	if err != nil {
		return matches, nil // I/O errors are ignored
	}
	for _, e := range list {
		ok, err := path.Match(pattern, e.Name())
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, path.Join(dir, e.Name()))
		}
	}
	return matches, nil
}

func hasMeta(p string) bool {
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '*', '?', '[', '\\':
			return true
		}
	}
	return false
}

// Sub returns an FS corresponding to the subtree rooted at fsys's dir.
func Sub(fsys FS, dir string) (FS, error) {
	if !ValidPath(dir) {
		return nil, &PathError{Op: "sub", Path: dir, Err: errors.New("invalid name")}
	}
	if dir == "." {
		return fsys, nil
	}
	if s, ok := fsys.(SubFS); ok {
		return s.Sub(dir)
	}
	return &subFS{fsys, dir}, nil
}

// subFS prefixes every name with dir and strips it from errors.
type subFS struct {
	fsys FS
	dir  string
}

func (s *subFS) full(op, name string) (string, error) {
	if !ValidPath(name) {
		return "", &PathError{Op: op, Path: name, Err: ErrInvalid}
	}
	return path.Join(s.dir, name), nil
}

func (s *subFS) fixErr(err error) error {
	if pe, ok := err.(*PathError); ok {
		prefix := s.dir + "/"
		if len(pe.Path) >= len(prefix) && pe.Path[:len(prefix)] == prefix {
			pe.Path = pe.Path[len(prefix):]
		} else if pe.Path == s.dir {
			pe.Path = "."
		}
	}
	return err
}

func (s *subFS) Open(name string) (File, error) {
	full, err := s.full("open", name)
	if err != nil {
		return nil, err
	}
	f, err := s.fsys.Open(full)
	return f, s.fixErr(err)
}

func (s *subFS) ReadDir(name string) ([]DirEntry, error) {
	full, err := s.full("read", name)
	if err != nil {
		return nil, err
	}
	list, err := ReadDir(s.fsys, full)
	return list, s.fixErr(err)
}

func (s *subFS) ReadFile(name string) ([]byte, error) {
	full, err := s.full("read", name)
	if err != nil {
		return nil, err
	}
	data, err := ReadFile(s.fsys, full)
	return data, s.fixErr(err)
}

// FileInfoToDirEntry returns a DirEntry that returns information from
// info. If info is nil, FileInfoToDirEntry returns nil.
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return infoEntry{info}
}

type infoEntry struct{ info FileInfo }

func (e infoEntry) Name() string            { return e.info.Name() }
func (e infoEntry) IsDir() bool             { return e.info.IsDir() }
func (e infoEntry) Type() FileMode          { return e.info.Mode().Type() }
func (e infoEntry) Info() (FileInfo, error) { return e.info, nil }
