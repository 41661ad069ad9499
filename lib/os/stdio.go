// This file implements *File for the standard streams: Stdin, Stdout and
// Stderr, with Write, WriteString and Read on file descriptors through the
// runtime's system-call hooks (runtime/reflectlite.cpp: os.stdio_write,
// os.stdio_read), which leave the P while they block.

package os

import "io"

// Implemented by the runtime: n is the count transferred, errno 0 on
// success. stdio_write writes all of p unless an error occurs.
func stdio_write(fd int, p []byte) (n int, errno int)
func stdio_read(fd int, p []byte) (n int, errno int)

// File represents an open file descriptor.
type File struct {
	fd   int
	name string
}

// Stdin, Stdout, and Stderr are open Files pointing to the standard input,
// standard output, and standard error file descriptors.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{fd: int(fd), name: name}
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// Write writes len(b) bytes from b to the File. It returns the number of
// bytes written and an error, if any.
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, errInvalidFile
	}
	n, errno := stdio_write(f.fd, b)
	if errno != 0 {
		return n, &pathError{"write", f.name, errno}
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// Read reads up to len(b) bytes from the File into b. It returns the
// number of bytes read and any error encountered. At end of file, Read
// returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, errInvalidFile
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, errno := stdio_read(f.fd, b)
	if errno != 0 {
		return n, &pathError{"read", f.name, errno}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

type stdioErrorString struct{ s string }

func (e *stdioErrorString) Error() string { return e.s }

var errInvalidFile error = &stdioErrorString{"invalid argument"}
