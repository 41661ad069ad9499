// This file implements *File: opening, reading, writing, seeking and
// closing files by descriptor, and the whole-file helpers ReadFile and
// WriteFile. A File's state lives in a separate fileState so that copies
// of a File value (there are none in practice) share it, and a nil *File
// is recognised before anything is touched.

package os

import (
	"errors"
	"io"
	"io/fs"
	"time"
)

// Flags to OpenFile wrapping those of the underlying system.
const (
	// Exactly one of O_RDONLY, O_WRONLY, or O_RDWR must be specified.
	O_RDONLY int = 0x0 // open the file read-only.
	O_WRONLY int = 0x1 // open the file write-only.
	O_RDWR   int = 0x2 // open the file read-write.
	// The remaining values may be or'ed in to control behavior.
	O_APPEND int = 0x400    // append data to the file when writing.
	O_CREATE int = 0x40     // create a new file if none exists.
	O_EXCL   int = 0x80     // used with O_CREATE, file must not exist.
	O_SYNC   int = 0x101000 // open for synchronous I/O.
	O_TRUNC  int = 0x200    // truncate regular writable file when opened.
)

// Seek whence values.
//
// Deprecated: Use io.SeekStart, io.SeekCurrent, and io.SeekEnd.
const (
	SEEK_SET int = 0 // seek relative to the origin of the file
	SEEK_CUR int = 1 // seek relative to the current offset
	SEEK_END int = 2 // seek relative to the end
)

const (
	PathSeparator     = '/' // OS-specific path separator
	PathListSeparator = ':' // OS-specific path list separator
)

// DevNull is the name of the operating system's “null device.”
const DevNull = "/dev/null"

// SetDeadline, SetReadDeadline and SetWriteDeadline report
// ErrNoDeadline: golite's files are not in the network poller.
func (f *File) SetDeadline(t time.Time) error { return f.noDeadline() }

func (f *File) SetReadDeadline(t time.Time) error { return f.noDeadline() }

func (f *File) SetWriteDeadline(t time.Time) error { return f.noDeadline() }

func (f *File) noDeadline() error {
	if err := f.usableRaw(""); err != nil {
		return err
	}
	return ErrNoDeadline
}

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool { return c == PathSeparator }

// A FileInfo describes a file and is returned by Stat and Lstat.
type FileInfo = fs.FileInfo

// A FileMode represents a file's mode and permission bits.
type FileMode = fs.FileMode

// The defined file mode bits (io/fs's).
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular

	ModeType = fs.ModeType
	ModePerm = fs.ModePerm
)

// File represents an open file descriptor.
type File struct {
	*fileState
}

type fileState struct {
	fd     int
	name   string
	closed bool
	append bool
	stdio  bool      // fd 1 or 2: EPIPE kills the program, as in Go
	dir    *dirState // directory reading position, once ReadDir is used
}

var errWriteAtInAppendMode = errors.New("os: invalid use of WriteAt on file opened with O_APPEND")

// Stdin, Stdout, and Stderr are open Files pointing to the standard input,
// standard output, and standard error file descriptors.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// NewFile returns a new File with the given file descriptor and name. The
// returned value will be nil if fd is not a valid file descriptor.
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{&fileState{fd: int(fd), name: name, stdio: fd == 1 || fd == 2}}
}

// Open opens the named file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file. If the file already exists,
// it is truncated. If the file does not exist, it is created with mode 0666
// (before umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile is the generalized open call; most users will use Open or
// Create instead. It opens the named file with specified flag (O_RDONLY
// etc.). If the file does not exist, and the O_CREATE flag is passed, it is
// created with mode perm (before umask).
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := sys_open(name, flag, unixMode(perm))
	if e != 0 {
		return nil, pathErr("open", name, e)
	}
	f := NewFile(uintptr(fd), name)
	f.append = flag&O_APPEND != 0
	return f, nil
}

// unixMode converts a FileMode's permission and special bits to st_mode's.
func unixMode(m FileMode) int {
	o := int(m.Perm())
	if m&ModeSetuid != 0 {
		o |= sISUID
	}
	if m&ModeSetgid != 0 {
		o |= sISGID
	}
	if m&ModeSticky != 0 {
		o |= sISVTX
	}
	return o
}

// usable returns the error a method named op reports on a nil or closed
// File, or nil.
func (f *File) usable(op string) error {
	if f == nil || f.fileState == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// errFileClosing is what Go's poller reports for a closed file to the
// operations that do not translate it to ErrClosed (Stat, ReadDir,
// SetDeadline).
var errFileClosing = errors.New("use of closed file")

// usableRaw is usable for those operations.
func (f *File) usableRaw(op string) error {
	if f == nil || f.fileState == nil {
		return ErrInvalid
	}
	if f.closed {
		if op == "" {
			return errFileClosing
		}
		return &PathError{Op: op, Path: f.name, Err: errFileClosing}
	}
	return nil
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file.
// If f is closed, the file descriptor becomes invalid.
func (f *File) Fd() uintptr {
	if f == nil || f.fileState == nil || f.closed {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// Close closes the File, rendering it unusable for I/O.
func (f *File) Close() error {
	if err := f.usable("close"); err != nil {
		return err
	}
	f.closed = true
	if e := sys_close(f.fd); e != 0 {
		return pathErr("close", f.name, e)
	}
	return nil
}

// Read reads up to len(b) bytes from the File and stores them in b. It
// returns the number of bytes read and any error encountered. At end of
// file, Read returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.usable("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	for {
		n, e := sys_read(f.fd, b)
		if e == eAGAIN {
			continue
		}
		if e != 0 {
			return 0, pathErr("read", f.name, e)
		}
		if n == 0 {
			return 0, io.EOF
		}
		return n, nil
	}
}

// ReadAt reads len(b) bytes from the File starting at byte offset off. It
// returns the number of bytes read and the error, if any. ReadAt always
// returns a non-nil error when n < len(b). At end of file, that error is
// io.EOF.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.usable("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for n < len(b) {
		m, e := sys_pread(f.fd, b[n:], off+int64(n))
		if e != 0 {
			return n, pathErr("read", f.name, e)
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
	}
	return n, nil
}

// Write writes len(b) bytes from b to the File. It returns the number of
// bytes written and an error, if any. Write returns a non-nil error when
// n != len(b).
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.usable("write"); err != nil {
		return 0, err
	}
	for n < len(b) {
		m, e := sys_write(f.fd, b[n:])
		if e == eAGAIN {
			continue
		}
		if e != 0 {
			if e == ePIPE && f.stdio {
				sys_sigpipe()
			}
			return n, pathErr("write", f.name, e)
		}
		n += m
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s rather
// than a slice of bytes.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// WriteAt writes len(b) bytes to the File starting at byte offset off. It
// returns the number of bytes written and an error, if any. WriteAt returns
// a non-nil error when n != len(b). If file was opened with the O_APPEND
// flag, WriteAt returns an error.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.usable("write"); err != nil {
		return 0, err
	}
	if f.append {
		return 0, errWriteAtInAppendMode
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	for n < len(b) {
		m, e := sys_pwrite(f.fd, b[n:], off+int64(n))
		if e != 0 {
			return n, pathErr("write", f.name, e)
		}
		n += m
	}
	return n, nil
}

// Seek sets the offset for the next Read or Write on file to offset,
// interpreted according to whence: 0 means relative to the origin of the
// file, 1 means relative to the current offset, and 2 means relative to
// the end. It returns the new offset and an error, if any.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.usable("seek"); err != nil {
		return 0, err
	}
	pos, e := sys_seek(f.fd, offset, whence)
	if e != 0 {
		return 0, pathErr("seek", f.name, e)
	}
	if f.dir != nil {
		f.dir = nil // a directory rewound is read again from its start
	}
	return pos, nil
}

// Sync commits the current contents of the file to stable storage.
func (f *File) Sync() error {
	if err := f.usable("sync"); err != nil {
		return err
	}
	if e := sys_fsync(f.fd); e != 0 {
		return pathErr("sync", f.name, e)
	}
	return nil
}

// Truncate changes the size of the file. It does not change the I/O
// offset.
func (f *File) Truncate(size int64) error {
	if err := f.usable("truncate"); err != nil {
		return err
	}
	if e := sys_ftruncate(f.fd, size); e != 0 {
		return pathErr("truncate", f.name, e)
	}
	return nil
}

// Chmod changes the mode of the file to mode.
func (f *File) Chmod(mode FileMode) error {
	if err := f.usable("chmod"); err != nil {
		return err
	}
	if e := sys_fchmod(f.fd, unixMode(mode)); e != 0 {
		return pathErr("chmod", f.name, e)
	}
	return nil
}

// Chdir changes the current working directory to the file, which must be
// a directory.
func (f *File) Chdir() error {
	if err := f.usable("chdir"); err != nil {
		return err
	}
	if e := sys_fchdir(f.fd); e != 0 {
		return pathErr("chdir", f.name, e)
	}
	return nil
}

// Stat returns the FileInfo structure describing file.
func (f *File) Stat() (FileInfo, error) {
	if err := f.usableRaw("stat"); err != nil {
		return nil, err
	}
	var st statBuf
	if e := sys_fstat(f.fd, &st); e != 0 {
		return nil, pathErr("stat", f.name, e)
	}
	return newFileStat(baseName(f.name), &st), nil
}

// ReadFile reads the named file and returns the contents. A successful
// call returns err == nil, not err == EOF.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 512
	var st statBuf
	if sys_fstat(f.fd, &st) == 0 && st.mode&sIFMT == sIFREG && st.size > 0 {
		size = int(st.size) + 1 // one more so the final read sees EOF
	}
	data := make([]byte, 0, size)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// WriteFile writes data to the named file, creating it if necessary. If
// the file does not exist, WriteFile creates it with permissions perm
// (before umask); otherwise WriteFile truncates it before writing, without
// changing permissions.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
