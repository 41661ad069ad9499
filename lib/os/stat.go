// This file implements Stat, Lstat and the FileInfo they return, built
// from the fields the runtime copies out of struct stat.

package os

import (
	"io/fs"
	"time"
)

// fileStat is the FileInfo of package os.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	dev     int64
	ino     int64
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) Sys() any           { return nil }

func newFileStat(name string, st *statBuf) *fileStat {
	return &fileStat{
		name:    name,
		size:    st.size,
		mode:    modeFromUnix(st.mode),
		modTime: time.Unix(st.mtimeSec, st.mtimeNsec),
		dev:     st.dev,
		ino:     st.ino,
	}
}

// modeFromUnix converts st_mode to a FileMode.
func modeFromUnix(m int64) FileMode {
	mode := FileMode(m & 0777)
	switch m & sIFMT {
	case sIFBLK:
		mode |= fs.ModeDevice
	case sIFCHR:
		mode |= fs.ModeDevice | fs.ModeCharDevice
	case sIFDIR:
		mode |= fs.ModeDir
	case sIFIFO:
		mode |= fs.ModeNamedPipe
	case sIFLNK:
		mode |= fs.ModeSymlink
	case sIFSOCK:
		mode |= fs.ModeSocket
	}
	if m&sISGID != 0 {
		mode |= fs.ModeSetgid
	}
	if m&sISUID != 0 {
		mode |= fs.ModeSetuid
	}
	if m&sISVTX != 0 {
		mode |= fs.ModeSticky
	}
	return mode
}

// Stat returns a FileInfo describing the named file. If there is an error,
// it will be of type *PathError.
func Stat(name string) (FileInfo, error) {
	var st statBuf
	if e := sys_stat(name, 1, &st); e != 0 {
		return nil, pathErr("stat", name, e)
	}
	return newFileStat(baseName(name), &st), nil
}

// Lstat returns a FileInfo describing the named file. If the file is a
// symbolic link, the returned FileInfo describes the symbolic link. Lstat
// makes no attempt to follow the link.
func Lstat(name string) (FileInfo, error) {
	var st statBuf
	if e := sys_stat(name, 0, &st); e != 0 {
		return nil, pathErr("lstat", name, e)
	}
	return newFileStat(baseName(name), &st), nil
}

// SameFile reports whether fi1 and fi2 describe the same file. It only
// applies to results returned by this package's Stat.
func SameFile(fi1, fi2 FileInfo) bool {
	a, ok1 := fi1.(*fileStat)
	b, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return a.dev == b.dev && a.ino == b.ino
}

// baseName is the last element of name, as Stat reports it.
func baseName(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		i--
	}
	name = name[:i+1]
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			return name[i+1:]
		}
	}
	return name
}
