// This file implements directory reading: File.ReadDir, Readdir and
// Readdirnames over the kernel's getdents64 records, and ReadDir.
//
// A getdents64 record is {u64 inode, i64 offset, u16 record length,
// u8 type, name, NUL}; dirState holds the unread records of the last call.

package os

import (
	"io"
	"io/fs"
)

// A DirEntry is an entry read from a directory (using the ReadDir function
// or a File.ReadDir method).
type DirEntry = fs.DirEntry

type dirState struct {
	buf  []byte
	pos  int
	end  int
	done bool
}

// dirEntry is the DirEntry of package os: the type comes from the record
// when the file system reports it, the rest from Lstat on demand.
type dirEntry struct {
	dir  string
	name string
	typ  FileMode
}

func (d *dirEntry) Name() string   { return d.name }
func (d *dirEntry) IsDir() bool    { return d.typ.IsDir() }
func (d *dirEntry) Type() FileMode { return d.typ }
func (d *dirEntry) Info() (FileInfo, error) {
	return Lstat(d.dir + "/" + d.name)
}

// typeFromDirent converts a record's d_type to type bits; ok is false for
// DT_UNKNOWN.
func typeFromDirent(t byte) (mode FileMode, ok bool) {
	switch t {
	case 1:
		return ModeNamedPipe, true
	case 2:
		return ModeDevice | ModeCharDevice, true
	case 4:
		return ModeDir, true
	case 6:
		return ModeDevice, true
	case 8:
		return 0, true
	case 10:
		return ModeSymlink, true
	case 12:
		return ModeSocket, true
	}
	return 0, false
}

// nextNames calls visit for up to n (all if n <= 0) names of the
// directory, skipping "." and ".."; visit returns false to stop early
// (the name it refused stays consumed). It returns the count visited.
func (f *File) nextNames(n int, visit func(name string, typ byte) bool) (int, error) {
	if f.dir == nil {
		f.dir = &dirState{buf: make([]byte, 8192)}
	}
	d := f.dir
	count := 0
	for n <= 0 || count < n {
		if d.pos >= d.end {
			if d.done {
				break
			}
			m, e := sys_getdents(f.fd, d.buf)
			if e != 0 {
				return count, pathErr("readdirent", f.name, e)
			}
			if m <= 0 {
				d.done = true
				break
			}
			d.pos, d.end = 0, m
		}
		rec := d.buf[d.pos:d.end]
		reclen := int(rec[16]) | int(rec[17])<<8
		d.pos += reclen
		nameEnd := 19
		for nameEnd < reclen && rec[nameEnd] != 0 {
			nameEnd++
		}
		name := string(rec[19:nameEnd])
		if name == "." || name == ".." {
			continue
		}
		count++
		if !visit(name, rec[18]) {
			break
		}
	}
	return count, nil
}

// ReadDir reads the contents of the directory associated with the file f
// and returns a slice of DirEntry values in directory order. If n > 0,
// ReadDir returns at most n entries and io.EOF at the end of the
// directory; if n <= 0 it returns all remaining entries and a nil error
// unless one occurs.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if err := f.usableRaw("readdirent"); err != nil {
		return nil, err
	}
	var list []DirEntry
	_, err := f.nextNames(n, func(name string, t byte) bool {
		typ, ok := typeFromDirent(t)
		if !ok {
			info, err := Lstat(f.name + "/" + name)
			if err != nil {
				return true // vanished meanwhile
			}
			typ = info.Mode().Type()
		}
		list = append(list, &dirEntry{dir: f.name, name: name, typ: typ})
		return true
	})
	if err == nil && n > 0 && len(list) == 0 {
		err = io.EOF
	}
	if list == nil && n <= 0 {
		list = []DirEntry{}
	}
	return list, err
}

// Readdir reads the contents of the directory associated with file and
// returns a slice of up to n FileInfo values, as would be returned by
// Lstat, in directory order.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	if err := f.usableRaw("readdirent"); err != nil {
		return nil, err
	}
	var list []FileInfo
	_, err := f.nextNames(n, func(name string, t byte) bool {
		info, err := Lstat(f.name + "/" + name)
		if err == nil {
			list = append(list, info)
		}
		return true
	})
	if err == nil && n > 0 && len(list) == 0 {
		err = io.EOF
	}
	if list == nil && n <= 0 {
		list = []FileInfo{}
	}
	return list, err
}

// Readdirnames reads the contents of the directory associated with file
// and returns a slice of up to n names of files in the directory, in
// directory order.
func (f *File) Readdirnames(n int) (names []string, err error) {
	if err := f.usableRaw("readdirent"); err != nil {
		return nil, err
	}
	_, err = f.nextNames(n, func(name string, t byte) bool {
		names = append(names, name)
		return true
	})
	if err == nil && n > 0 && len(names) == 0 {
		err = io.EOF
	}
	if names == nil && n <= 0 {
		names = []string{}
	}
	return names, err
}

// ReadDir reads the named directory, returning all its directory entries
// sorted by filename.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	list, err := f.ReadDir(-1)
	sortByName(list)
	return list, err
}

// sortByName sorts list by name: a binary insertion sort, as directories
// are small and package os does not import sort.
func sortByName(list []DirEntry) {
	for i := 1; i < len(list); i++ {
		e := list[i]
		lo, hi := 0, i
		for lo < hi {
			mid := (lo + hi) / 2
			if list[mid].Name() <= e.Name() {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		copy(list[lo+1:i+1], list[lo:i])
		list[lo] = e
	}
}

// DirFS returns a file system (an fs.FS) for the tree of files rooted at
// the directory dir.
func DirFS(dir string) fs.FS { return dirFS(dir) }

type dirFS string

func (dir dirFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		// Go 1.19 names the operation "stat" here.
		return nil, &PathError{Op: "stat", Path: name, Err: ErrInvalid}
	}
	f, err := Open(string(dir) + "/" + name)
	if err != nil {
		return nil, err // *PathError with the full name, as in Go 1.19
	}
	return f, nil
}

func (dir dirFS) Stat(name string) (fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return nil, &PathError{Op: "stat", Path: name, Err: ErrInvalid}
	}
	info, err := Stat(string(dir) + "/" + name)
	if err != nil {
		return nil, err
	}
	return info, nil
}
