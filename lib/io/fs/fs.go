// Package fs defines basic interfaces to a file system (Go 1.19's API). A
// file system can be provided by the host operating system but also by
// other packages.
package fs

import (
	"internal/errno"
	"time"
)

// An FS provides access to a hierarchical file system.
type FS interface {
	// Open opens the named file.
	Open(name string) (File, error)
}

// A File provides access to a single file.
type File interface {
	Stat() (FileInfo, error)
	Read([]byte) (int, error)
	Close() error
}

// A DirEntry is an entry read from a directory.
type DirEntry interface {
	// Name returns the name of the file (or subdirectory) described by the
	// entry: only the final element of the path.
	Name() string
	// IsDir reports whether the entry describes a directory.
	IsDir() bool
	// Type returns the type bits for the entry.
	Type() FileMode
	// Info returns the FileInfo for the file or subdirectory described by
	// the entry.
	Info() (FileInfo, error)
}

// A ReadDirFile is a directory file whose entries can be read with the
// ReadDir method.
type ReadDirFile interface {
	File
	ReadDir(n int) ([]DirEntry, error)
}

// A FileInfo describes a file and is returned by Stat.
type FileInfo interface {
	Name() string       // base name of the file
	Size() int64        // length in bytes for regular files; system-dependent for others
	Mode() FileMode     // file mode bits
	ModTime() time.Time // modification time
	IsDir() bool        // abbreviation for Mode().IsDir()
	Sys() any           // underlying data source (can return nil)
}

// Generic file system errors. Errors returned by file systems can be
// tested against these errors using errors.Is.
var (
	ErrInvalid    = errno.ErrInvalid    // "invalid argument"
	ErrPermission = errno.ErrPermission // "permission denied"
	ErrExist      = errno.ErrExist      // "file already exists"
	ErrNotExist   = errno.ErrNotExist   // "file does not exist"
	ErrClosed     = errno.ErrClosed     // "file already closed"
)

// PathError records an error and the operation and file path that caused
// it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// Timeout reports whether this error represents a timeout.
func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// ValidPath reports whether the given path name is valid for use in a call
// to Open: UTF-8, unrooted, slash-separated elements none of which is
// empty, "." or "..", with "." alone naming the root.
func ValidPath(name string) bool {
	if !validUTF8(name) {
		return false
	}
	if name == "." {
		return true
	}
	start := 0
	for i := 0; i <= len(name); i++ {
		if i < len(name) && name[i] != '/' {
			continue
		}
		elem := name[start:i]
		if elem == "" || elem == "." || elem == ".." {
			return false
		}
		start = i + 1
	}
	return true
}

func validUTF8(s string) bool {
	for i, r := range s {
		if r == 0xFFFD && (i+3 > len(s) || s[i:i+3] != "\uFFFD") {
			return false
		}
	}
	return true
}
