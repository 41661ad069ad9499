// This file implements the operations on names in the file system:
// creating and removing directories and files, renaming, links, the
// working directory, and temporary files and directories.

package os

import (
	"errors"
	"internal/errno"
	"time"
)

// Mkdir creates a new directory with the specified name and permission
// bits (before umask). If there is an error, it will be of type
// *PathError.
func Mkdir(name string, perm FileMode) error {
	if e := sys_mkdir(name, unixMode(perm)); e != 0 {
		return pathErr("mkdir", name, e)
	}
	return nil
}

// MkdirAll creates a directory named path, along with any necessary
// parents, and returns nil, or else returns an error. If path is already a
// directory, MkdirAll does nothing and returns nil.
func MkdirAll(path string, perm FileMode) error {
	if info, err := Stat(path); err == nil {
		if info.IsDir() {
			return nil
		}
		return pathErr("mkdir", path, eNOTDIR)
	}
	// Create the parent first: strip trailing slashes, then the last
	// element.
	end := len(path)
	for end > 0 && path[end-1] == '/' {
		end--
	}
	start := end
	for start > 0 && path[start-1] != '/' {
		start--
	}
	if start > 1 {
		if err := MkdirAll(path[:start-1], perm); err != nil {
			return err
		}
	}
	err := Mkdir(path, perm)
	if err != nil {
		// Someone may have made it meanwhile, or path ends in "." or "..".
		if info, serr := Lstat(path); serr == nil && info.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// Remove removes the named file or (empty) directory. If there is an
// error, it will be of type *PathError.
func Remove(name string) error {
	e1 := sys_unlink(name)
	if e1 == 0 {
		return nil
	}
	e2 := sys_rmdir(name)
	if e2 == 0 {
		return nil
	}
	// Report unlink's reason unless name is a directory.
	if e2 != eNOTDIR {
		e1 = e2
	}
	return pathErr("remove", name, e1)
}

// RemoveAll removes path and any children it contains. It removes
// everything it can but returns the first error it encounters. If the path
// does not exist, RemoveAll returns nil (no error).
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || hasDotSuffix(path) {
		return pathErr("RemoveAll", path, eINVAL)
	}
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	info, serr := Lstat(path)
	if serr != nil {
		if IsNotExist(serr) {
			return nil
		}
		return serr
	}
	if !info.IsDir() {
		return err
	}
	var first error
	for {
		f, oerr := Open(path)
		if oerr != nil {
			if IsNotExist(oerr) {
				return nil
			}
			return oerr
		}
		names, rerr := f.Readdirnames(256)
		f.Close()
		for _, n := range names {
			if cerr := RemoveAll(path + "/" + n); cerr != nil && first == nil {
				first = cerr
			}
		}
		if rerr != nil || len(names) < 256 {
			break
		}
		if first != nil {
			break
		}
	}
	err = Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	if first != nil {
		return first
	}
	return err
}

// hasDotSuffix reports whether the last element of path is ".".
func hasDotSuffix(path string) bool {
	n := len(path)
	return n >= 2 && path[n-1] == '.' && path[n-2] == '/'
}

// Rename renames (moves) oldpath to newpath. If newpath already exists and
// is not a directory, Rename replaces it. If there is an error, it will be
// of type *LinkError.
func Rename(oldpath, newpath string) error {
	if to, err := Lstat(newpath); err == nil && to.IsDir() {
		from, err := Lstat(oldpath)
		if err != nil {
			if pe, ok := err.(*PathError); ok {
				err = pe.Err
			}
			return &LinkError{"rename", oldpath, newpath, err}
		}
		if oldpath == newpath || !SameFile(to, from) {
			return &LinkError{"rename", oldpath, newpath, errno.EEXIST}
		}
	}
	if e := sys_rename(oldpath, newpath); e != 0 {
		return &LinkError{"rename", oldpath, newpath, errno.Errno(e)}
	}
	return nil
}

// Symlink creates newname as a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	if e := sys_symlink(oldname, newname); e != 0 {
		return &LinkError{"symlink", oldname, newname, errno.Errno(e)}
	}
	return nil
}

// Link creates newname as a hard link to the oldname file.
func Link(oldname, newname string) error {
	if e := sys_link(oldname, newname); e != 0 {
		return &LinkError{"link", oldname, newname, errno.Errno(e)}
	}
	return nil
}

// Readlink returns the destination of the named symbolic link.
func Readlink(name string) (string, error) {
	for size := 128; ; size *= 2 {
		buf := make([]byte, size)
		n, e := sys_readlink(name, buf)
		if e != 0 {
			return "", pathErr("readlink", name, e)
		}
		if n < size {
			return string(buf[:n]), nil
		}
	}
}

// Chmod changes the mode of the named file to mode. If the file is a
// symbolic link, it changes the mode of the link's target.
func Chmod(name string, mode FileMode) error {
	if e := sys_chmod(name, unixMode(mode)); e != 0 {
		return pathErr("chmod", name, e)
	}
	return nil
}

// Truncate changes the size of the named file. If the file is a symbolic
// link, it changes the size of the link's target.
func Truncate(name string, size int64) error {
	if e := sys_truncate(name, size); e != 0 {
		return pathErr("truncate", name, e)
	}
	return nil
}

// Chdir changes the current working directory to the named directory.
func Chdir(dir string) error {
	if e := sys_chdir(dir); e != 0 {
		return pathErr("chdir", dir, e)
	}
	return nil
}

// Getwd returns a rooted path name corresponding to the current directory.
// As in Go, $PWD is returned when it names the current directory.
func Getwd() (dir string, err error) {
	dot, err := Stat(".")
	if err != nil {
		return "", err
	}
	if pwd := Getenv("PWD"); len(pwd) > 0 && pwd[0] == '/' {
		if info, err := Stat(pwd); err == nil && SameFile(dot, info) {
			return pwd, nil
		}
	}
	for size := 1024; ; size *= 4 {
		buf := make([]byte, size)
		n, e := sys_getcwd(buf)
		if e == eRANGE {
			continue
		}
		if e != 0 {
			return "", NewSyscallError("getwd", errno.Errno(e))
		}
		return string(buf[:n]), nil
	}
}

// TempDir returns the default directory to use for temporary files: $TMPDIR
// if non-empty, else /tmp.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

var errPatternHasSeparator = errors.New("pattern contains path separator")

// tempRand is a xorshift state for temporary names, seeded from the clock
// and the process id on first use.
var tempRand uint64

func nextTempName() string {
	if tempRand == 0 {
		tempRand = uint64(time.Now().UnixNano())*0x9E3779B97F4A7C15 ^ uint64(Getpid())<<32 | 1
	}
	tempRand ^= tempRand << 13
	tempRand ^= tempRand >> 7
	tempRand ^= tempRand << 17
	return errno.Itoa(int(uint32(tempRand >> 16)))
}

// tempParts splits pattern at its last '*' (or appends the random part at
// the end); a pattern with a separator is refused.
func tempParts(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if IsPathSeparator(pattern[i]) {
			return "", "", errPatternHasSeparator
		}
	}
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			return pattern[:i], pattern[i+1:], nil
		}
	}
	return pattern, "", nil
}

func tempJoin(dir, prefix string) string {
	if dir == "" {
		dir = TempDir()
	}
	if len(dir) > 0 && IsPathSeparator(dir[len(dir)-1]) {
		return dir + prefix
	}
	return dir + "/" + prefix
}

// CreateTemp creates a new temporary file in the directory dir, opens the
// file for reading and writing, and returns the resulting file. The
// filename is generated by taking pattern and adding a random string to
// the end; a "*" in pattern is replaced by the random string instead.
func CreateTemp(dir, pattern string) (*File, error) {
	prefix, suffix, err := tempParts(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	prefix = tempJoin(dir, prefix)
	for tries := 0; ; tries++ {
		name := prefix + nextTempName() + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) && tries < 10000 {
			continue
		}
		return f, err
	}
}

// MkdirTemp creates a new temporary directory in the directory dir and
// returns the pathname of the new directory. The new directory's name is
// generated by adding a random string to the end of pattern; a "*" in
// pattern is replaced by the random string instead.
func MkdirTemp(dir, pattern string) (string, error) {
	prefix, suffix, err := tempParts(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	prefix = tempJoin(dir, prefix)
	for tries := 0; ; tries++ {
		name := prefix + nextTempName() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) && tries < 10000 {
			continue
		}
		if dir != "" {
			if _, serr := Stat(dir); IsNotExist(serr) {
				return "", err
			}
		}
		return "", err
	}
}
