// This file implements the errors of package os: the portable error values
// (shared with io/fs), PathError (io/fs's), LinkError and SyscallError, and
// the Is* predicates that look through them to the Linux error number.

package os

import (
	"internal/errno"
	"io/fs"
)

// Portable analogs of some common system call errors.
var (
	// ErrInvalid indicates an invalid argument.
	// Methods on File will return this error when the receiver is nil.
	ErrInvalid = fs.ErrInvalid // "invalid argument"

	ErrPermission = fs.ErrPermission // "permission denied"
	ErrExist      = fs.ErrExist      // "file already exists"
	ErrNotExist   = fs.ErrNotExist   // "file does not exist"
	ErrClosed     = fs.ErrClosed     // "file already closed"

	ErrNoDeadline       error = &osError{"file type does not support deadline", false}
	ErrDeadlineExceeded error = &osError{"i/o timeout", true}
	ErrProcessDone      error = &osError{"os: process already finished", false}
)

// osError is the type of this package's own sentinel errors.
type osError struct {
	text    string
	timeout bool
}

func (e *osError) Error() string   { return e.text }
func (e *osError) Timeout() bool   { return e.timeout }
func (e *osError) Temporary() bool { return e.timeout }

// PathError records an error and the operation and file path that caused
// it.
type PathError = fs.PathError

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// Timeout reports whether this error represents a timeout.
func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// NewSyscallError returns, as an error, a new SyscallError with the given
// system call name and error details. As a convenience, if err is nil,
// NewSyscallError returns nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// LinkError records an error during a link or symlink or rename system
// call and the paths that caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error { return e.Err }

// unwrapOS returns the error that an os error wraps (one level), or err.
func unwrapOS(err error) error {
	switch e := err.(type) {
	case *PathError:
		return e.Err
	case *LinkError:
		return e.Err
	case *SyscallError:
		return e.Err
	}
	return err
}

// causedBy reports whether err, or the error an os error wraps, is target
// or an error number that stands for it.
func causedBy(err, target error) bool {
	err = unwrapOS(err)
	if err == target {
		return true
	}
	e, ok := err.(errno.Errno)
	return ok && e.Is(target)
}

// IsExist returns a boolean indicating whether the error is known to report
// that a file or directory already exists.
func IsExist(err error) bool { return causedBy(err, ErrExist) }

// IsNotExist returns a boolean indicating whether the error is known to
// report that a file or directory does not exist.
func IsNotExist(err error) bool { return causedBy(err, ErrNotExist) }

// IsPermission returns a boolean indicating whether the error is known to
// report that permission is denied.
func IsPermission(err error) bool { return causedBy(err, ErrPermission) }

// IsTimeout returns a boolean indicating whether the error is known to
// report that a timeout occurred.
func IsTimeout(err error) bool {
	t, ok := unwrapOS(err).(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// pathErr wraps a nonzero error number from the runtime hooks.
func pathErr(op, path string, e int) error {
	return &PathError{Op: op, Path: path, Err: errno.Errno(e)}
}
