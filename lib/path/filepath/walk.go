// This file implements the walks over the real file system (Walk with
// FileInfo, WalkDir with DirEntry), Glob, and EvalSymlinks.

package filepath

import (
	"errors"
	"internal/errno"
	"io/fs"
	"os"
)

// WalkFunc is the type of the function called by Walk to visit each file
// or directory.
type WalkFunc func(path string, info fs.FileInfo, err error) error

// Walk walks the file tree rooted at root, calling fn for each file or
// directory in the tree, including root, in lexical order. Walk does not
// follow symbolic links.
func Walk(root string, fn WalkFunc) error {
	var err error
	if info, serr := os.Lstat(root); serr == nil {
		err = walkInfo(root, info, fn)
	} else {
		err = fn(root, nil, serr)
	}
	if err == SkipDir {
		return nil
	}
	return err
}

// walkInfo visits name and, for a directory that fn accepts, its entries.
// A SkipDir returned for a file leaves the rest of its directory.
func walkInfo(name string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(name, info, nil)
	}
	names, rerr := sortedNames(name)
	if err := fn(name, info, rerr); err != nil || rerr != nil {
		return err
	}
	for _, n := range names {
		child := Join(name, n)
		cinfo, err := os.Lstat(child)
		if err != nil {
			if err := fn(child, cinfo, err); err != nil && err != SkipDir {
				return err
			}
			continue
		}
		if err := walkInfo(child, cinfo, fn); err != nil {
			if err != SkipDir || !cinfo.IsDir() {
				return err
			}
		}
	}
	return nil
}

// sortedNames returns the names in directory dir in lexical order.
func sortedNames(dir string) ([]string, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	names, err := f.Readdirnames(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sortStrings(names)
	return names, nil
}

func sortStrings(list []string) {
	for i := 1; i < len(list); i++ {
		s := list[i]
		j := i
		for j > 0 && list[j-1] > s {
			list[j] = list[j-1]
			j--
		}
		list[j] = s
	}
}

// WalkDir walks the file tree rooted at root, calling fn for each file or
// directory in the tree, including root, in lexical order. It is more
// efficient than Walk because it does not call os.Lstat on every entry.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	var err error
	if info, serr := os.Lstat(root); serr == nil {
		err = walkEntry(root, fs.FileInfoToDirEntry(info), fn)
	} else {
		err = fn(root, nil, serr)
	}
	if err == SkipDir {
		return nil
	}
	return err
}

func walkEntry(name string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	if err := fn(name, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			return nil
		}
		return err
	}
	list, rerr := os.ReadDir(name)
	if rerr != nil {
		if err := fn(name, d, rerr); err != nil {
			if err == SkipDir && d.IsDir() {
				return nil
			}
			return err
		}
	}
	for _, e := range list {
		if err := walkEntry(Join(name, e.Name()), e, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// Glob returns the names of all files matching pattern or nil if there is
// no matching file. Glob ignores file system errors such as I/O errors
// reading directories. The only possible returned error is ErrBadPattern.
func Glob(pattern string) (matches []string, err error) {
	if _, err := Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err := os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	switch dir {
	case "":
		dir = "."
	case "/":
	default:
		dir = dir[:len(dir)-1]
	}
	if !hasMeta(dir) {
		return globDir(dir, file, nil)
	}
	if dir == pattern {
		return nil, ErrBadPattern
	}
	dirs, err := Glob(dir)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		if matches, err = globDir(d, file, matches); err != nil {
			return matches, err
		}
	}
	return matches, nil
}

// globDir appends the names in dir matching pattern.
func globDir(dir, pattern string, matches []string) ([]string, error) {
	info, err := os.Stat(dir)
	if err != nil || !info.IsDir() {
		return matches, nil
	}
	names, _ := sortedNames(dir)
	for _, n := range names {
		ok, err := Match(pattern, n)
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, Join(dir, n))
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

// EvalSymlinks returns the path name after the evaluation of any symbolic
// links. If path is relative the result will be relative to the current
// directory, unless one of the components is an absolute symbolic link.
// EvalSymlinks calls Clean on the result.
func EvalSymlinks(p string) (string, error) {
	dest := ""
	if IsAbs(p) {
		dest = "/"
	}
	rest := p
	links := 0
	for {
		for len(rest) > 0 && rest[0] == '/' {
			rest = rest[1:]
		}
		if rest == "" {
			break
		}
		end := 0
		for end < len(rest) && rest[end] != '/' {
			end++
		}
		elem := rest[:end]
		rest = rest[end:]
		switch {
		case elem == ".":
			continue
		case elem == "..":
			if dest == "" || Base(dest) == ".." {
				dest = Join(dest, "..")
			} else if dest != "/" {
				dest = Dir(dest)
				if dest == "." {
					dest = ""
				}
			}
			continue
		}
		next := Join(dest, elem)
		if dest == "/" {
			next = "/" + elem
		}
		info, err := os.Lstat(next)
		if err != nil {
			return "", err
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			if !info.IsDir() && hasElement(rest) {
				return "", errno.ENOTDIR
			}
			dest = next
			continue
		}
		links++
		if links > 255 {
			return "", errors.New("EvalSymlinks: too many links")
		}
		target, err := os.Readlink(next)
		if err != nil {
			return "", err
		}
		rest = target + "/" + rest
		if IsAbs(target) {
			dest = "/"
		}
	}
	if dest == "" {
		return ".", nil
	}
	return Clean(dest), nil
}

func hasElement(rest string) bool {
	for i := 0; i < len(rest); i++ {
		if rest[i] != '/' {
			return true
		}
	}
	return false
}
