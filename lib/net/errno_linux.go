package net

// errno is a Linux error number with Go's text for it (Go's
// syscall.Errno; golite has no package syscall yet).
type errno uintptr

func (e errno) Error() string {
	switch e {
	case 1:
		return "operation not permitted"
	case 4:
		return "interrupted system call"
	case 9:
		return "bad file descriptor"
	case 11:
		return "resource temporarily unavailable"
	case 12:
		return "cannot allocate memory"
	case 13:
		return "permission denied"
	case 22:
		return "invalid argument"
	case 23:
		return "too many open files in system"
	case 24:
		return "too many open files"
	case 32:
		return "broken pipe"
	case 88:
		return "socket operation on non-socket"
	case 93:
		return "protocol not supported"
	case 97:
		return "address family not supported by protocol"
	case 98:
		return "address already in use"
	case 99:
		return "cannot assign requested address"
	case 100:
		return "network is down"
	case 101:
		return "network is unreachable"
	case 103:
		return "software caused connection abort"
	case 104:
		return "connection reset by peer"
	case 105:
		return "no buffer space available"
	case 106:
		return "transport endpoint is already connected"
	case 107:
		return "transport endpoint is not connected"
	case 110:
		return "connection timed out"
	case 111:
		return "connection refused"
	case 113:
		return "no route to host"
	case 114:
		return "operation already in progress"
	case 115:
		return "operation now in progress"
	}
	return "errno " + itoa(int(e))
}

// Timeout reports whether e is a timeout, as syscall.Errno does.
func (e errno) Timeout() bool {
	return e == _EAGAIN || e == 110
}

// Temporary reports whether e is temporary, as syscall.Errno does.
func (e errno) Temporary() bool {
	return e == _EINTR || e == 24 || e == 23 || e == _ECONNRESET || e == _ECONNABORTED || e.Timeout()
}

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
func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	u := uint64(v)
	if neg {
		u = -u
	}
	var b [21]byte
	i := len(b)
	for u > 0 {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
