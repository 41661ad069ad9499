package net

import ierrno "internal/errno"

// errno is a Linux error number with Go's text for it (Go's
// syscall.Errno): the table is shared with package os in internal/errno.
type errno = ierrno.Errno

func errnoErr(e int) error { return errno(e) }

// syscallError records the system call that failed (Go's
// os.SyscallError): "connect: connection refused".
type syscallError struct {
	Syscall string
	Err     errno
}

func (e *syscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }
func (e *syscallError) Unwrap() error { return e.Err }
func (e *syscallError) Timeout() bool { return e.Err.Timeout() }

func newSyscallError(call string, e int) error {
	return &syscallError{call, errno(e)}
}

// isConnError reports whether err is ECONNRESET or ECONNABORTED.
func isConnError(err error) bool {
	if se, ok := err.(*syscallError); ok {
		return se.Err == _ECONNRESET || se.Err == _ECONNABORTED
	}
	return false
}

// itoa formats a decimal integer (net has no strconv).
func itoa(v int) string { return ierrno.Itoa(v) }
